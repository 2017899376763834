using System.Globalization;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Tests.Browser;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.Benchmarks;

/// <summary>
/// Issue 3's streaming goal: a 1000-step full-reorthogonalisation run at n = 1000 takes ≤ 1.1× its
/// headless time while a browser watches it live on /lab/{runId}. Both times are the Lanczos wall time
/// of the same request (matrix construction excluded), measured in this process one after the other.
/// Opt-in, like <see cref="ScatterRenderBenchmark"/>; prints the ratio instead of asserting a noisy time.
/// </summary>
[Trait("Category", "Benchmark")]
[Collection(BrowserCollection.Name)]
public sealed class StreamingOverheadBenchmark(DashboardServer server, ChromiumBrowser chromium)
{
    private static readonly SpectrumComparisonRequest Request = new()
    {
        Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, 1000, 1),
        Variants = [Reorthogonalization.Full],
        StartSeed = 1,
    };

    private const int Pairs = 5, WarmUpRuns = 2;

    [Fact(Explicit = true)]
    public async Task Run_1000StepsWatchedInTheLab_RatioToHeadless()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var ct = TestContext.Current.CancellationToken;
        var runner = server.Services.GetRequiredService<IRunRunner>();
        var (page, errors) = await chromium.NewPageAsync();
        page.SetDefaultTimeout(600_000);

        // A dashboard server is long-lived: the first watched runs of a fresh process also pay for JIT-compiling and
        // re-compiling (tiered PGO) the page, the circuit and the chart code — ≈ 6 s of CPU on the tiering thread in the
        // first run, ≈ 1.5 s in the second (measured per thread) — which is not the cost of streaming.
        var report = new List<string>();
        for (int warmUp = 1; warmUp <= WarmUpRuns; warmUp++)
            report.Add(Invariant($"warm-up watched run {warmUp} in a fresh server: {await WatchAsync(runner, page, ct):F2} s (JIT included)"));
        var ratios = new List<double>();
        for (int pair = 0; pair < Pairs; pair++)
        {
            // Interleaved pairs: a change in the machine's load hits both halves of a pair alike.
            double headless = SpectrumComparisonExperiment.Run(Request, cancellationToken: ct).Runs[0].Run.Seconds;
            double watched = await WatchAsync(runner, page, ct);
            ratios.Add(watched / headless);
            report.Add(Invariant($"pair {pair + 1}: headless {headless:F2} s, watched in the lab {watched:F2} s, ratio {watched / headless:F3}"));
        }
        ratios.Sort();
        report.Add(Invariant($"1000-step Full run, n = 1000: median ratio watched / headless {ratios[Pairs / 2]:F3}, best {ratios[0]:F3} (goal ≤ 1.1)"));
        foreach (string line in report)
        {
            Console.WriteLine(line);
            TestContext.Current.SendDiagnosticMessage(line);
        }
        errors.ShouldBeEmpty();
    }

    /// <summary>Submits the request, opens its live view, waits for the end; returns the run's Lanczos wall time.</summary>
    private async Task<double> WatchAsync(IRunRunner runner, Microsoft.Playwright.IPage page, CancellationToken ct)
    {
        var run = runner.Submit(Request);
        await page.GotoAsync(server.Address + "lab/" + run.Id);
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        await foreach (var e in runner.StreamAsync(run.Id, 0, ct)) { _ = e; }
        var finished = runner.Get(run.Id)!;
        finished.State.ShouldBe(RunState.Succeeded);
        // Let the page draw the final state before the next run starts.
        await page.WaitForSelectorAsync("text=Spectra vs truth", new() { Timeout = 60_000 });
        return ((SpectrumComparisonResult)finished.Result!).Runs[0].Run.Seconds;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
