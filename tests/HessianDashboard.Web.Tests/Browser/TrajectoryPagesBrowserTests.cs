using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>The two spectra-along-training pages in Chromium against the real host and runner, at reduced sizes, on shared/data.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class TrajectoryPagesBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    // NanoGPT's quick run (the thesis model) took 3–5 min here while four other engineers' builds and runs shared the 2 cores (load ≈ 24).
    private const float Timeout = 360_000;

    private Task<(IPage Page, List<string> Errors)> OpenAsync(string path) => chromium.OpenAsync(server, path, Timeout);

    private static async Task FinishAsync(IPage page, string route)
    {
        await page.WaitForSelectorAsync("[data-testid=trajectory-run-view]");
        page.Url.ShouldMatch($"/{route}/[0-9a-f]{{12}}$");
        await page.WaitForSelectorAsync("[data-testid=run-progress][data-progress='100'][data-state=Succeeded]");
        await page.WaitForSelectorAsync("[data-testid=trajectory-results][data-completed=true]");
    }

    private static async Task ShouldHaveLaddersAsync(IPage page, string stepName, int[] steps, int m)
    {
        foreach (int step in steps) // every Lanczos step's Ritz values reached the browser: Σ_{k=1..m} k points per checkpoint
            await page.WaitForSelectorAsync($"[data-testid='ladder-{stepName} {step}'][data-point-count='{m * (m + 1) / 2}']");
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(name), FullPage = true });

    [Fact]
    public async Task Trajectory_QuickMlp_RunsToTheEndWithLaddersViewsAndNoHeldOutLoss()
    {
        var (page, errors) = await OpenAsync("experiments/trajectory");

        // TrajectoryRequest.Quick(): MNIST, 1,000 samples, epochs 0/1/2, Hessian batch 500, m = 20.
        await page.FillAsync("input[data-testid=trajectory-samples]", "1000");
        await page.FillAsync("input[data-testid=trajectory-epochs]", "0, 1, 2");
        await page.FillAsync("input[data-testid=trajectory-batch]", "500");
        await page.FillAsync("input[data-testid=trajectory-m]", "20");
        await page.WaitForSelectorAsync("[data-testid=trajectory-run]:not([disabled])");
        await page.ClickAsync("[data-testid=trajectory-run]");

        await FinishAsync(page, "experiments/trajectory");
        await ShouldHaveLaddersAsync(page, "epoch", [0, 1, 2], 20);
        (await page.QuerySelectorAllAsync("[data-testid=trajectory-row]")).Count.ShouldBe(3);
        (await page.GetAttributeAsync("[data-testid=trajectory-results]", "data-precision")).ShouldBe("float64");
        (await page.GetAttributeAsync("[data-testid=ridgeline]", "data-rows")).ShouldBe("3");
        (await page.GetAttributeAsync("[data-testid=heatmap]", "data-rows")).ShouldBe("3");
        string legends = string.Join(" | ", await page.Locator(".apexcharts-legend").AllInnerTextsAsync());
        legends.ShouldNotContain("test loss", Case.Insensitive, "the MNIST test split is the training data here: no held-out curve, no empty legend entry");
        (await page.InputValueAsync("input[data-testid=trajectory-epochs]")).ShouldBe("0, 1, 2", "the run's page shows its settings");

        await page.WaitForTimeoutAsync(500); // let the last chart animations settle for the picture
        await ScreenshotAsync(page, "trajectory.png");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task NanoGpt_QuickSizes_RunsToTheEndWithSeparationAndFloat32()
    {
        var (page, errors) = await OpenAsync("experiments/nanogpt");
        (await page.InnerTextAsync("[data-testid=nanogpt-time]")).ShouldContain("6 min per checkpoint plus about 50 min of training");

        // NanoGptTrajectoryRequest.Quick(): the thesis model, 4 training steps, checkpoints 0/2/4, 8 blocks, m = 10, float32 products.
        await page.FillAsync("input[data-testid=nanogpt-training-iterations]", "4");
        await page.FillAsync("input[data-testid=nanogpt-eval-interval]", "2");
        await page.FillAsync("input[data-testid=nanogpt-eval-iterations]", "2");
        await page.FillAsync("input[data-testid=nanogpt-checkpoints]", "0, 2, 4");
        await page.FillAsync("input[data-testid=nanogpt-blocks]", "8");
        await page.FillAsync("input[data-testid=nanogpt-m]", "10");
        await page.WaitForSelectorAsync("[data-testid=nanogpt-run]:not([disabled])");
        await page.ClickAsync("[data-testid=nanogpt-run]");

        await FinishAsync(page, "experiments/nanogpt");
        await ShouldHaveLaddersAsync(page, "iteration", [0, 2, 4], 10);
        (await page.QuerySelectorAllAsync("[data-testid=trajectory-row]")).Count.ShouldBe(3);
        (await page.GetAttributeAsync("[data-testid=trajectory-results]", "data-precision")).ShouldBe("float32");
        (await page.InnerTextAsync("[data-testid=trajectory-precision]")).ShouldContain("float32");
        string titles = string.Join(" | ", await page.Locator("[data-testid=chart-card] .mud-typography-h6").AllInnerTextsAsync());
        titles.ShouldContain("Top separation λ1 − λ2");
        titles.ShouldContain("Top ratio λ1/λ2");

        await page.WaitForTimeoutAsync(500);
        await ScreenshotAsync(page, "nanogpt.png");
        errors.ShouldBeEmpty();
    }
}
