using HessianDashboard.Torch.Tests.Data.TestSupport;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>The NanoGPT block-spectra page in Chromium against the real host and runner, on shared/data's TinyShakespeare.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class BlockSpectraBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    private const float Timeout = 60_000, RunTimeout = 900_000;

    [Fact]
    public async Task Blocks_SmokeSize_TrainsAnalysesEveryBlockAndComparesThem()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        _ = SharedData.Require("tinyshakespeare");
        var (page, errors) = await chromium.OpenAsync(server, "experiments/blocks", Timeout, needsData: false);

        // BlockSpectraRequest.Quick(): the thesis NanoGPT trained 4 steps, 4 batch blocks of 64 tokens, m = 8, one start vector.
        await page.ClickAsync("[data-testid=blocks-quick]");
        await page.WaitForFunctionAsync("document.querySelector('input[data-testid=blocks-m]').value === '8'");
        await page.ClickAsync("[data-testid=blocks-run]:not([disabled])");

        await page.WaitForSelectorAsync("[data-testid=blocks-run-view]");
        page.Url.ShouldMatch("/experiments/blocks/[0-9a-f]{12}$");
        // The whole test takes about 1.5 min of CPU; the bound leaves room for a machine shared with other work.
        await page.WaitForSelectorAsync("[data-testid=run-progress][data-progress='100'][data-state=Succeeded]", new() { Timeout = RunTimeout });
        await page.WaitForSelectorAsync("[data-testid=blocks-results][data-completed=true][data-training-reused=false]");
        await page.WaitForSelectorAsync("[data-testid='ladder-ln_f'][data-point-count='36']"); // Σ_{k=1..8} k: the last block's ladder
        (await page.GetAttributeAsync("[data-testid=blocks-list]", "data-done")).ShouldBe("10", "embedding, 4 × (attention, MLP), ln_f");
        await page.WaitForAttributeAsync("[data-testid=blocks-loss-chart]", "data-point-count", "4", "a loss point per training step");
        (await page.QuerySelectorAllAsync("[data-testid=blocks-js-matrix] td")).Count.ShouldBe(100);
        (await page.QuerySelectorAllAsync("[data-testid=blocks-densities] [data-testid=chart-card]")).Count.ShouldBe(10);
        (await page.QuerySelectorAllAsync("[data-testid=chart-card]")).Count.ShouldBe(13, "loss, ladder, 10 small multiples, one block's SLQ density");
        (await page.InnerTextAsync("[data-testid=blocks-sha]")).Length.ShouldBe(64);

        // The picture with log densities (the outliers beside each block's bulk), without the "run succeeded" toast.
        await page.ClickAsync("input[data-testid=blocks-log]");
        await page.WaitForSelectorAsync("[data-testid=blocks-densities][data-log=true]");
        await page.Locator(".mud-snackbar").First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 30_000 });
        await page.EvaluateAsync("window.scrollTo(0, 0)"); // the fixed app bar and drawer are drawn where the page is scrolled to
        await page.WaitForTimeoutAsync(500); // let the charts settle for the picture
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("block-spectra.png"), FullPage = true });
        await page.ClickAsync("[data-testid=theme-toggle]");
        await page.WaitForTimeoutAsync(500);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("block-spectra-dark.png"), FullPage = true });
        errors.ShouldBeEmpty();
    }
}
