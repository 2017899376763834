using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>The Hessian batch-size page in Chromium against the real host and runner, on shared/data's MNIST test split.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class BatchSizePageBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    private const float Timeout = 180_000;

    [Fact]
    public async Task Study_ReducedThesisSettings_RunsToTheEndWithLaddersTrendsAndSpectra()
    {
        var (page, errors) = await chromium.OpenAsync(server, "experiments/batch-size", Timeout);

        // Reduced Fig 4.3/4.4: the chapter-4 model trained 3 epochs on 1,000 samples; sizes 1, 10, 100 and the full batch,
        // 2 batches each, m = 20, on the hidden biases and the output layer (186 parameters; the output layer alone has a
        // positive semi-definite Hessian, so no batch could show a spurious negative eigenvalue).
        await page.FillAsync("input[data-testid=batch-samples]", "1000");
        await page.FillAsync("input[data-testid=batch-epochs]", "3");
        await page.FillAsync("input[data-testid=batch-sizes]", "1, 10, 100");
        await page.FillAsync("input[data-testid=batch-repeats]", "2");
        await page.FillAsync("input[data-testid=batch-m]", "20");
        await page.FillAsync("input[data-testid=batch-patterns]", "0.bias 2.*");
        await page.WaitForSelectorAsync("[data-testid=batch-plan]:has-text('× 2 = 8 Lanczos runs of m = 20')");
        await page.ClickAsync("[data-testid=batch-run]:not([disabled])");

        await page.WaitForSelectorAsync("[data-testid=batch-run-view]");
        page.Url.ShouldMatch("/experiments/batch-size/[0-9a-f]{12}$");
        await page.WaitForSelectorAsync("[data-testid=run-progress][data-progress='100'][data-state=Succeeded]");
        await page.WaitForSelectorAsync("[data-testid=batch-results][data-completed=true]");
        await page.WaitForSelectorAsync("[data-testid=batch-live-runs][data-count='8']");
        // The ladder followed the runs to the last one and holds all of its steps: Σ_{k=1..20} k points.
        await page.WaitForSelectorAsync("[data-testid=batch-ladder][data-series='batch 100 #2'][data-point-count='210']");
        (await page.QuerySelectorAllAsync("[data-testid=batch-panel]")).Count.ShouldBe(8);
        (await page.InnerTextAsync("[data-testid=batch-runtime-fit]")).ShouldContain("slope s = ");
        (await page.QuerySelectorAllAsync("[data-testid=batch-run-row]")).Count.ShouldBe(8);
        (await page.GetAttributeAsync("[data-testid=batch-panel][data-run='full #1']", "data-l2")).ShouldBe("0");

        // Any run's ladder can be looked at again.
        await page.ClickAsync("[data-testid=batch-ladder-pick]");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('batch 1 #1')");
        await page.WaitForSelectorAsync("[data-testid=batch-ladder][data-series='batch 1 #1'][data-point-count='210']");

        // The picture without the "run succeeded" toast: wait for it to leave (clicking its close button races its own timeout).
        await page.Locator(".mud-snackbar").First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 30_000 });
        await page.WaitForTimeoutAsync(500); // let the last chart animations settle for the picture
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("batch-size.png"), FullPage = true });
        errors.ShouldBeEmpty();
    }
}
