using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Hubs;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>The Runs page in Chromium following runs submitted by a hub client: live rows, snackbars, the Cancel button.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class RunsPageBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    private static readonly float Timeout = 90_000;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Row(string runId) => $"tr:has(td[data-run-id='{runId}'])";

    private static Task WaitForStateAsync(IPage page, string runId, string state) =>
        page.WaitForSelectorAsync($"{Row(runId)} [data-testid=run-state][data-state={state}]");

    [Fact]
    public async Task Runs_HubSubmittedRuns_ReachSucceededLiveAndCancelWorks()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var (page, errors) = await chromium.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);
        await page.GotoAsync(server.Address + "runs");
        await page.WaitForSelectorAsync("body[data-interactive=true]");

        // A toast shows for a few seconds, and on a loaded machine the table's row can follow it by more than that:
        // watch for the toast from before the run is submitted, not after its row changed.
        var succeededToast = page.WaitForSelectorAsync(".mud-snackbar:has-text('Run succeeded')");
        var lanczos = await hub.SubmitAsync(RunsHubClient.Lanczos(n: 60, m: 60), Token);
        var comparison = await hub.SubmitAsync(RunsHubClient.Submission("spectrum-comparison",
            """{ "spectrum": { "kind": "banded", "n": 200, "seed": 3 }, "variants": ["none", "full", "selective"] }"""), Token);

        foreach (var run in new[] { lanczos, comparison })
        {
            await WaitForStateAsync(page, run.Id, "succeeded");
            (await page.TextContentAsync($"{Row(run.Id)} [data-testid=run-progress]")).ShouldBe("100 %");
        }
        await succeededToast;

        // Long enough (full reorthogonalisation, ~2·n·m² flops) that it cannot finish between "some steps done" and the
        // click below on a fast machine (at n = m = 1500 it once did in CI).
        var longRun = await hub.SubmitAsync(RunsHubClient.Lanczos(n: 2500, m: 2500), Token);
        var queued = await hub.SubmitAsync(RunsHubClient.Lanczos(n: 1200, m: 1200, seed: 2), Token);
        (await hub.InvokeAsync<bool>(nameof(RunsHub.Cancel), queued.Id, Token)).ShouldBeTrue();
        await WaitForStateAsync(page, queued.Id, "cancelled");
        await WaitForStateAsync(page, longRun.Id, "running");
        // Some steps done (the page shows whole percents: 25 of 2500 steps), so the bar, ETA and elapsed time show.
        await page.WaitForFunctionAsync($"() => (document.querySelector(\"{Row(longRun.Id)} [data-testid=run-progress]\")?.textContent ?? '0 %') !== '0 %'");
        (await page.Locator("[data-testid=run-cancel]").CountAsync()).ShouldBe(1);

        await page.Locator(".mud-snackbar:has-text('Run cancelled')").First.WaitForAsync(new() { State = WaitForSelectorState.Detached }); // the queued run's
        var cancelledToast = page.WaitForSelectorAsync(".mud-snackbar:has-text('Run cancelled')");
        await page.ClickAsync($"{Row(longRun.Id)} [data-testid=run-cancel]");

        try
        {
            await page.WaitForSelectorAsync($"{Row(longRun.Id)} [data-testid=run-state][data-state=cancelled]", new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            // Say which side missed it: the click (the runner still computes) or the page (the runner cancelled it).
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("runs-cancel-missed.png"), FullPage = true });
            var runner = server.Services.GetRequiredService<IRunRunner>();
            string state = $"{runner.Get(longRun.Id)?.State}";
            runner.Cancel(longRun.Id); // the browser tests share one server and its worker: never leave it busy for the next test
            throw new ShouldAssertException($"30 s after the Cancel click the row is not cancelled; the runner says {state}. " +
                $"Errors: {string.Join(" | ", errors)}");
        }
        await cancelledToast;
        (await page.Locator("[data-testid=run-cancel]").CountAsync()).ShouldBe(0);
        errors.ShouldBeEmpty();
    }
}
