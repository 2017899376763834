using HessianDashboard.Web.Hubs;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>
/// The run history in Chromium over the server's real store: a state filter picked in the UI goes to the address and
/// survives a reload; two ticked runs open the compare view; a run's detail page; no console errors.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class RunsHistoryBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    private static readonly float Timeout = 90_000;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Row(string runId) => $"tr:has(td[data-run-id='{runId}'])";

    /// <summary>Waits until the address bar shows <paramref name="pathAndQuery"/> (the page replaces its history entry: no load event).</summary>
    private static Task WaitForAddressAsync(IPage page, string pathAndQuery) =>
        page.WaitForFunctionAsync("expected => location.pathname + location.search === expected", pathAndQuery);

    private static bool HasRoute(string template) => typeof(Program).Assembly.GetTypes()
        .Any(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false)
            .Cast<Microsoft.AspNetCore.Components.RouteAttribute>().Any(r => r.Template == template));

    /// <summary>The filter bar's second field: the states select.</summary>
    private static ILocator States(IPage page) => page.Locator("[data-testid=runs-filters] .mud-grid-item").Nth(1);

    [Fact]
    public async Task Runs_FilterSelectCompareAndDetail_WorkInTheBrowser()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);
        var lanczos = await hub.SubmitAsync(RunsHubClient.Lanczos(n: 80, m: 80), Token);
        var comparison = await hub.SubmitAsync(RunsHubClient.Submission("spectrum-comparison",
            """{ "spectrum": { "kind": "banded", "n": 120, "seed": 4 }, "variants": ["none", "full"] }"""), Token);
        var cancelled = await hub.SubmitAsync(RunsHubClient.Lanczos(n: 2500, m: 2500, seed: 3), Token);
        (await hub.InvokeAsync<bool>(nameof(RunsHub.Cancel), cancelled.Id, Token)).ShouldBeTrue();
        foreach (var id in new[] { lanczos.Id, comparison.Id, cancelled.Id }) await hub.ReadRunAsync(id, Token);

        var (page, errors) = await chromium.OpenAsync(server, "runs", Timeout, needsData: false);
        await page.WaitForSelectorAsync($"{Row(comparison.Id)} [data-testid=run-state][data-state=succeeded]");
        await page.WaitForSelectorAsync($"{Row(cancelled.Id)} [data-testid=run-state][data-state=cancelled]");

        // Filter by state through the select: the address takes it, and a reload restores it.
        await States(page).Locator(".mud-input").First.ClickAsync();
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('Cancelled')");
        await page.Keyboard.PressAsync("Escape");
        await WaitForAddressAsync(page, "/runs?state=cancelled");
        await page.WaitForSelectorAsync($"{Row(lanczos.Id)}", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        await page.WaitForSelectorAsync($"{Row(cancelled.Id)}");
        (await page.Locator("[data-testid=run-state]").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.state)"))
            .ShouldAllBe(state => state == "cancelled");
        (await page.Locator($"{Row(lanczos.Id)}").CountAsync()).ShouldBe(0);
        (await States(page).EvaluateAsync<string>("e => e.innerText + '|' + [...e.querySelectorAll('input')].map(i => i.value).join('|')"))
            .ShouldContain("Cancelled"); // the select shows the filter read back from the address

        // Clear, tick two runs (across whatever else the server holds) and compare them.
        await page.ClickAsync("[data-testid=filter-clear]");
        await WaitForAddressAsync(page, "/runs");
        await page.WaitForSelectorAsync($"{Row(lanczos.Id)}");
        await page.ClickAsync($"{Row(comparison.Id)} .mud-checkbox");
        await page.WaitForSelectorAsync("[data-testid=runs-selected-count]:text-is('1 selected')");
        await page.ClickAsync($"{Row(lanczos.Id)} .mud-checkbox");
        await page.WaitForSelectorAsync("[data-testid=runs-selected-count]:text-is('2 selected')");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("runs.png"), FullPage = true });
        errors.ShouldBeEmpty();
        await page.ClickAsync("[data-testid=runs-compare]");
        await WaitForAddressAsync(page, $"/compare?runs={comparison.Id},{lanczos.Id}");
        // The compare view is another branch's page: until it is merged the server answers 404 there, and only that.
        if (HasRoute("/compare")) errors.ShouldBeEmpty();
        else errors.ShouldAllBe(e => e.Contains("404", StringComparison.Ordinal));

        // The detail page (dark theme, to look at both).
        var (detail, detailErrors) = await chromium.OpenAsync(server, $"runs/{comparison.Id}", Timeout, needsData: false, dark: true);
        await detail.WaitForSelectorAsync("[data-testid=run-detail-header] [data-testid=run-state][data-state=succeeded]");
        (await detail.Locator($"[data-testid=run-table][data-table='run-{comparison.Id}-steps.csv']").CountAsync()).ShouldBe(1);
        (await detail.Locator($"[data-testid=run-table][data-table='run-{comparison.Id}-spectrum.csv']").CountAsync()).ShouldBe(1);
        await detail.FillAsync("textarea[data-testid=run-notes], [data-testid=run-notes] textarea", "Full reorthogonalisation keeps the **ladder** clean.");
        await detail.WaitForSelectorAsync("[data-testid=run-notes-preview] strong:has-text('ladder')");
        await detail.EvaluateAsync("() => window.scrollTo(0, 0)"); // the app bar is fixed: a scrolled page would show it mid-page
        await detail.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("run-detail.png"), FullPage = true });
        await detail.ClickAsync("[data-testid=run-notes-save]");
        await detail.WaitForSelectorAsync(".mud-snackbar:has-text('Notes saved.')");
        detailErrors.ShouldBeEmpty();
    }
}
