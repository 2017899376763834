using HessianDashboard.Web.Tests.Checkpoints;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>The network pages in Chromium against the real host and runner, on shared/data's MNIST test split.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class NetworkPagesBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    private const float Timeout = 120_000;

    private Task<(IPage Page, List<string> Errors)> OpenAsync(string path) => chromium.OpenAsync(server, path, Timeout);

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(name), FullPage = true });

    [Fact]
    public async Task Spectrum_SeededMlpOutputLayerWithExact_RunsToTheEndWithLadderAndResults()
    {
        var (page, errors) = await OpenAsync("networks/spectrum");

        // Reduced thesis §4.2: seeded MLP, 300 samples, Hessian batch 100, m = 20, exact on the output layer (170 parameters).
        await page.FillAsync("input[data-testid=spectrum-samples]", "300");
        await page.FillAsync("input[data-testid=spectrum-batch]", "100");
        await page.FillAsync("input[data-testid=spectrum-m]", "20");
        await page.FillAsync("input[data-testid=spectrum-patterns]", "2.*");
        await page.WaitForSelectorAsync("[data-testid=spectrum-run]:not([disabled])");
        await page.ClickAsync("[data-testid=spectrum-run]");

        await page.WaitForSelectorAsync("[data-testid=spectrum-run-view]");
        page.Url.ShouldMatch("/networks/spectrum/[0-9a-f]{12}$");
        await page.WaitForSelectorAsync("[data-testid=run-progress][data-progress='100'][data-state=Succeeded]");
        await page.WaitForSelectorAsync("[data-testid=ladder-lanczos][data-point-count='210']"); // Σ_{k=1..20} k
        await page.WaitForSelectorAsync("[data-testid=spectrum-results]");
        (await page.InnerTextAsync("[data-testid=spectrum-converged]")).ShouldContain("/ 20 Ritz values converged");
        (await page.InnerTextAsync("[data-testid=spectrum-stats]")).ShouldContain("170");
        (await page.QuerySelectorAllAsync("[data-testid=chart-card]")).Count.ShouldBe(5, "ladder, Ritz vs exact, SLQ density, two histograms");
        double integral = double.Parse(await page.GetAttributeAsync("[data-testid=slq-density]", "data-integral") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        integral.ShouldBe(1, 1e-6);

        await page.WaitForTimeoutAsync(500); // let the last chart animations settle for the picture
        await ScreenshotAsync(page, "network-spectrum.png");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task TrainThenCheckpointsThenData_TinyMlp_TrainsListsImportsAndShowsTheData()
    {
        var (page, errors) = await OpenAsync("networks/train");
        await page.FillAsync("input[data-testid=train-samples]", "512");
        await page.FillAsync("input[data-testid=train-epochs]", "3");
        await page.FillAsync("input[data-testid=train-checkpoints]", "0, 3");
        await page.WaitForSelectorAsync("[data-testid=train-run]:not([disabled])");
        await page.ClickAsync("[data-testid=train-run]");
        await page.WaitForSelectorAsync("[data-testid=run-progress][data-progress='100'][data-state=Succeeded]");
        await page.WaitForSelectorAsync("[data-testid=train-results][data-completed=true]");
        (await page.InnerTextAsync("[data-testid=train-checkpoints-list]")).ShouldContain("mlp");
        await page.WaitForAttributeAsync("[data-testid=train-loss-chart]", "data-point-count", "24",
            "a train-loss point per step (3 epochs × 8 steps), no test loss: the MNIST test split is the training data here");
        await page.WaitForTimeoutAsync(500);
        await ScreenshotAsync(page, "network-train.png");

        await page.GotoAsync(server.Address + "checkpoints");
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        await page.SetInputFilesAsync("input[type=file]", new FilePayload { Name = "broken.safetensors", MimeType = "application/octet-stream", Buffer = [1, 2, 3, 4, 5, 6, 7, 8, 9] });
        (await (await page.WaitForSelectorAsync("[data-testid=checkpoint-upload-error]"))!.InnerTextAsync()).ShouldContain("broken.safetensors is not a checkpoint");
        await page.SetInputFilesAsync("input[type=file]", new FilePayload { Name = "tiny-mlp.safetensors", MimeType = "application/octet-stream", Buffer = CheckpointCatalogTests.TinyMlp() });
        await page.WaitForSelectorAsync("[data-testid=checkpoint-upload-ok]");
        string table = await page.InnerTextAsync("[data-testid=checkpoints-table]");
        table.ShouldContain("tiny-mlp.safetensors");
        table.ShouldContain("12,730");
        await ScreenshotAsync(page, "checkpoints.png");

        await page.GotoAsync(server.Address + "data");
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        await page.WaitForSelectorAsync("[data-testid=split-mnist-test][data-available=true]");
        await ScreenshotAsync(page, "data.png");
        errors.ShouldBeEmpty();
    }
}
