using System.Globalization;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>
/// /experiments/exact-vs-lanczos in Chromium against the real host and runner, on shared/data's MNIST test split
/// (which stands in for the training split): reduced to 1,000 samples and the output layer's 170 parameters so the
/// exact Hessian takes seconds; the whole model's 12,730 parameters are the explicit test.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class ExactVsLanczosPageBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    private const float Timeout = 180_000;

    private Task<(IPage Page, List<string> Errors)> OpenAsync(string path, bool dark = false) => chromium.OpenAsync(server, path, Timeout, dark: dark);

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(name), FullPage = true });

    /// <summary>Fills the form for MNIST only and runs it; returns the run's id once it succeeded.</summary>
    private static async Task<string> RunMnistAsync(IPage page, string samples, string epochs, string m, string patterns)
    {
        (await page.GetAttributeAsync("[data-testid=evl-dataset-mnist]", "data-available")).ShouldBe("true");
        await page.UncheckAsync("input[data-testid=evl-check-fashion-mnist]");
        await page.UncheckAsync("input[data-testid=evl-check-cifar10]");
        await page.FillAsync("input[data-testid=evl-samples]", samples);
        await page.FillAsync("input[data-testid=evl-epochs]", epochs);
        await page.FillAsync("input[data-testid=evl-m]", m);
        await page.FillAsync("input[data-testid=evl-patterns]", patterns);
        await page.WaitForSelectorAsync("[data-testid=evl-run]:not([disabled])");
        await page.ClickAsync("[data-testid=evl-run]");

        await page.WaitForSelectorAsync("[data-testid=evl-run-view]");
        page.Url.ShouldMatch("/experiments/exact-vs-lanczos/[0-9a-f]{12}$");
        await page.WaitForSelectorAsync("[data-testid=run-progress][data-progress='100'][data-state=Succeeded]");
        return page.Url[(page.Url.LastIndexOf('/') + 1)..];
    }

    private static async Task ShouldShowResultsAsync(IPage page, int m)
    {
        string points = (m * (m + 1) / 2).ToString(CultureInfo.InvariantCulture); // Σ_{k=1..m} k Ritz values per ladder
        await page.WaitForSelectorAsync($"[data-testid='ladder-mnist/initialisation'][data-point-count='{points}']");
        await page.WaitForSelectorAsync($"[data-testid='ladder-mnist/trained'][data-point-count='{points}']");
        await page.WaitForSelectorAsync("[data-testid=evl-results][data-completed=true]");
        var row = page.Locator("[data-testid=evl-row-mnist]");
        foreach (string stage in new[] { "initialisation", "trained" })
        {
            (await row.Locator($"[data-testid=evl-converged-{stage}]").InnerTextAsync()).ShouldMatch($@"^\d+ / {m}$");
            (await row.Locator($"[data-testid=evl-outliers-{stage}]").InnerTextAsync()).ShouldMatch(@"^\d+$");
            (await row.Locator($"[data-testid=evl-negative-{stage}]").InnerTextAsync()).ShouldMatch(@"^\d+\.\d %$");
        }
        (await row.Locator("[data-testid=evl-classes]").InnerTextAsync()).ShouldBe("9");
        (await page.InnerTextAsync("[data-testid=evl-dataset-results-mnist]")).ShouldContain("test split");
        // Training loss, two ladders, the converged count and four charts per state.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=chart-card] .apexcharts-svg').length === 12");
    }

    [Fact]
    public async Task Run_MnistOutputLayer_RunsToTheEndThenReopensWithTheSameRequestAndResults()
    {
        var (page, errors) = await OpenAsync("experiments/exact-vs-lanczos");

        string id = await RunMnistAsync(page, samples: "1000", epochs: "2", m: "30", patterns: "2.*");
        await ShouldShowResultsAsync(page, 30);
        await page.WaitForSelectorAsync("[data-testid=evl-loss-chart]");
        (await page.QuerySelectorAllAsync("[data-testid=evl-part][data-state=done]")).Count.ShouldBe(3);
        await page.WaitForTimeoutAsync(500); // let the last chart renders settle for the picture
        await ScreenshotAsync(page, "exact-vs-lanczos.png");
        errors.ShouldBeEmpty();

        // Reopened (dark theme): the form holds the run's request and the ladders replay every step.
        var (again, againErrors) = await OpenAsync($"experiments/exact-vs-lanczos/{id}", dark: true);
        (await again.InputValueAsync("input[data-testid=evl-samples]")).ShouldBe("1000");
        (await again.InputValueAsync("input[data-testid=evl-m]")).ShouldBe("30");
        (await again.InputValueAsync("input[data-testid=evl-patterns]")).ShouldBe("2.*");
        (await again.IsCheckedAsync("input[data-testid=evl-check-fashion-mnist]")).ShouldBeFalse();
        await ShouldShowResultsAsync(again, 30);
        await again.WaitForTimeoutAsync(500);
        await ScreenshotAsync(again, "exact-vs-lanczos-dark.png");
        againErrors.ShouldBeEmpty();
    }

    /// <summary>The whole MLP (12,730 parameters) at 1,000 samples: two exact Hessians of 12,730 rows, minutes each on 2 cores.</summary>
    [Fact(Explicit = true)]
    public async Task Run_MnistWholeModel_RunsToTheEnd()
    {
        var (page, errors) = await OpenAsync("experiments/exact-vs-lanczos");
        page.SetDefaultTimeout(3_600_000);

        await RunMnistAsync(page, samples: "1000", epochs: "2", m: "100", patterns: "");
        await ShouldShowResultsAsync(page, 100);
        (await page.InnerTextAsync("[data-testid='evl-state-mnist-trained']")).ShouldContain("n = 12,730 parameters");
        errors.ShouldBeEmpty();
    }
}
