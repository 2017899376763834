using System.Globalization;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>
/// /compare and /report in Chromium against the real host: a zoom dragged on the chart goes into the link and a reload
/// restores it; the copied link is the address; the report's notes render and print media hides everything but the sheet.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class CompareBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    private const float Timeout = 60_000;

    private const string ChartInTheBrowser = """
        async () => {
          const charts = await import('/js/charts.js');
          const element = document.querySelector('[data-testid=compare-chart] .hd-chart');
          return { range: charts.xRange(element), points: charts.pointCount(element) };
        }
        """;

    private async Task<(string A, string B)> TwoRunsAsync()
    {
        var runner = server.Services.GetRequiredService<IRunRunner>();
        var source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, 60, 4));
        var a = runner.Submit(new LanczosRunRequest { Source = source, Variant = Reorthogonalization.Full, Iterations = 40, StartSeed = 1 });
        var b = runner.Submit(new LanczosRunRequest { Source = source, Variant = Reorthogonalization.None, Iterations = 40, StartSeed = 1 });
        foreach (var id in new[] { a.Id, b.Id })
        {
            await foreach (var _ in runner.StreamAsync(id, cancellationToken: TestContext.Current.CancellationToken))
            {
            }
            runner.Get(id)!.State.ShouldBe(RunState.Succeeded);
        }
        return (a.Id, b.Id);
    }

    private static async Task<ChartState> ChartAsync(IPage page)
    {
        await page.WaitForSelectorAsync("[data-testid=compare-chart] .hd-chart[data-chart-ready=true]");
        return await page.EvaluateAsync<ChartState>(ChartInTheBrowser);
    }

    private static (double Min, double Max) ZoomIn(string url)
    {
        var query = QueryHelpers.ParseQuery(new Uri(url).Query);
        return (double.Parse(query["xmin"]!, CultureInfo.InvariantCulture), double.Parse(query["xmax"]!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Compare_LaddersZoomedByDragging_TheLinkHoldsTheZoomAndAReloadRestoresIt()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var (a, b) = await TwoRunsAsync();
        var (page, errors) = await chromium.OpenAsync(server, $"compare?runs={a},{b}&tab=ladders", Timeout, needsData: false, dark: true);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = server.Address.ToString().TrimEnd('/') });

        var before = await ChartAsync(page);
        before.Points.ShouldBe(2 * 40 * 41 / 2, "every Ritz value of both ladders");
        var grid = (await page.Locator("[data-testid=compare-chart] .apexcharts-grid").BoundingBoxAsync()).ShouldNotBeNull();
        double y = grid.Y + grid.Height / 2;
        await page.Mouse.MoveAsync((float)(grid.X + grid.Width * 0.25), (float)y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)(grid.X + grid.Width * 0.6), (float)y, new() { Steps = 10 });
        await page.Mouse.UpAsync();

        await page.WaitForURLAsync(url => url.Contains("xmin=", StringComparison.Ordinal));
        var (min, max) = ZoomIn(page.Url);
        page.Url.ShouldStartWith($"{server.Address}compare?runs={a},{b}&tab=ladders&xmin=");
        (min, max).ShouldSatisfyAllConditions(() => min.ShouldBeGreaterThan(before.Range.Min), () => max.ShouldBeLessThan(before.Range.Max));
        // The link rounds the dragged zoom to 5 digits of its width; after a reload the chart is exactly the link's.
        var zoomed = await ChartAsync(page);
        zoomed.Range.Min.ShouldBe(min, 1e-4 * (max - min));
        zoomed.Range.Max.ShouldBe(max, 1e-4 * (max - min));

        await page.ClickAsync("[data-testid=copy-link]");
        await page.WaitForSelectorAsync(".mud-snackbar:has-text('Link copied')");
        (await page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).ShouldBe(page.Url);

        string link = page.Url;
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        var restored = await ChartAsync(page);
        await page.WaitForSelectorAsync("[data-testid=zoom-x]");
        page.Url.ShouldBe(link, "reopening the link changes nothing in it");
        restored.Range.Min.ShouldBe(min, 1e-9 * (max - min));
        restored.Range.Max.ShouldBe(max, 1e-9 * (max - min));
        restored.Points.ShouldBe(before.Points);

        await page.WaitForTimeoutAsync(300); // let the toolbar settle for the picture
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("compare.png"), FullPage = true });

        // The zoom came from the link, yet the toolbar's reset returns to the whole ladder and drops it from the link.
        await page.ClickAsync("[data-testid=compare-chart] .apexcharts-reset-icon");
        await page.WaitForURLAsync(url => !url.Contains("xmin=", StringComparison.Ordinal));
        page.Url.ShouldBe($"{server.Address}compare?runs={a},{b}&tab=ladders");
        // ApexCharts redraws the reset chart on its own time: wait until the whole x range shows again.
        await page.WaitForFunctionAsync("""
            async ([min, max]) => {
              const charts = await import('/js/charts.js');
              const range = charts.xRange(document.querySelector('[data-testid=compare-chart] .hd-chart'));
              return range?.min === min && range?.max === max;
            }
            """, new[] { before.Range.Min, before.Range.Max });
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Report_NotesTypedThenPrinted_RendersMarkdownAndPrintsOnlyTheSheet()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var (a, b) = await TwoRunsAsync();
        var (page, errors) = await chromium.OpenAsync(server, $"report?runs={a},{b}&title=Full%20vs%20no%20reorthogonalisation", Timeout, needsData: false, dark: true);

        await page.FillAsync("textarea[data-testid=report-notes-input]",
            "## Findings\n\n- *Full* keeps |VᵀV − I| at machine precision\n- *None* grows ghost copies of λmax\n\n<script>alert(1)</script>");

        await page.WaitForSelectorAsync("[data-testid=report-notes] h2:has-text('Findings')");
        (await page.Locator("[data-testid=report-notes] li").CountAsync()).ShouldBe(2);
        (await page.Locator("[data-testid=report-notes] script").CountAsync()).ShouldBe(0);
        await page.WaitForURLAsync(url => url.Contains("&notes=", StringComparison.Ordinal));
        (await page.InnerTextAsync("[data-testid=report-link]")).ShouldContain(page.Url);
        await page.WaitForSelectorAsync("[data-testid=report-chart] .hd-chart[data-chart-ready=true]");
        (await page.Locator("[data-testid=report-chart]").CountAsync()).ShouldBe(2, "spectra and densities by default");
        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("report.png"), FullPage = true });

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        (await page.IsVisibleAsync(".mud-drawer")).ShouldBeFalse();
        (await page.IsVisibleAsync(".mud-appbar")).ShouldBeFalse();
        (await page.IsVisibleAsync("[data-testid=report-controls]")).ShouldBeFalse();
        (await page.IsVisibleAsync("[data-testid=report-sheet]")).ShouldBeTrue();
        (await page.IsVisibleAsync("[data-testid=report-link]")).ShouldBeTrue();
        (await page.Locator("button:visible").CountAsync()).ShouldBe(0);
        string breakBefore = await page.EvalOnSelectorAsync<string>("[data-testid=report-section]", "e => getComputedStyle(e).breakBefore");
        breakBefore.ShouldBe("page");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("report-print.png"), FullPage = true });
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Report_NotesAtTheSavedLimit_ReachTheServerSaveAndReopenWithoutDroppingTheCircuit()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var (a, _) = await TwoRunsAsync();
        // 100,000 characters (the saved limit) that JSON makes large: two-byte λ, quotes and newlines escaped. Blazor's
        // default 32 KB circuit message closed the connection at about 30,000 characters.
        string line = "λmax \"grows\" with training\n";
        string notes = string.Concat(Enumerable.Repeat(line, 100_000 / line.Length + 1))[..100_000];
        var (page, errors) = await chromium.OpenAsync(server, $"report?runs={a}", Timeout, needsData: false);

        // Pasted: one input event with the whole text (Playwright's Fill types it through the IME path, which Chromium
        // takes minutes for on 3,700 lines).
        await page.EvalOnSelectorAsync("textarea[data-testid=report-notes-input]",
            "(t, v) => { t.value = v; t.dispatchEvent(new Event('input', { bubbles: true })); t.dispatchEvent(new Event('change', { bubbles: true })); }", notes);
        await page.WaitForSelectorAsync("[data-testid=report-kept]:has-text('100000 characters')");
        await page.ClickAsync("[data-testid=report-save]");
        await page.WaitForSelectorAsync("[data-testid=report-saved]:not([data-saved-id=''])");
        string id = (await page.GetAttributeAsync("[data-testid=report-saved]", "data-saved-id"))!;

        var (reopened, reopenedErrors) = await chromium.OpenAsync(server, $"report?saved={id}", Timeout, needsData: false);
        (await reopened.InputValueAsync("textarea[data-testid=report-notes-input]")).ShouldBe(notes.ReplaceLineEndings("\n"));
        errors.ShouldBeEmpty();
        reopenedErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task ChartsModule_RowNamesAndStepTicks_LabelWhatTheCompareChartsNeed()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var (page, errors) = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address + "not-found");

        string[] labels = await page.EvaluateAsync<string[]>("""
            async () => {
              const charts = await import('/js/charts.js');
              const host = document.createElement('div');
              host.style.width = '600px';
              document.body.appendChild(host);
              await charts.create(host, {
                chart: { type: 'scatter', height: '250', animations: { enabled: false } },
                series: [{ name: 'b', data: [[1, 0], [2, 0]] }, { name: 'a', data: [[1, 1], [3, 1]] }],
                yaxis: { min: -1, max: 2, tickAmount: 3, labels: { format: 'names', names: ['run b', 'run a'] } },
              });
              const y = [...host.querySelectorAll('.apexcharts-yaxis-label')].map(e => (e.querySelector('tspan') ?? e).textContent.trim());
              const f = charts.formatters.wholeOrTenths;
              return [...y, f(40), f(11.34), f(-0.05), f(undefined)];
            }
            """);

        labels.ShouldBe(["", "run a", "run b", "", "40", "11.3", "-0.1", ""], "y labels top to bottom: 2, 1, 0, −1");
        errors.ShouldBeEmpty();
    }

    // Playwright needs settable properties.
    public sealed class ChartState
    {
        public AxisRangeState Range { get; set; } = new();
        public int Points { get; set; }
    }

    public sealed class AxisRangeState
    {
        public double Min { get; set; }
        public double Max { get; set; }
    }
}
