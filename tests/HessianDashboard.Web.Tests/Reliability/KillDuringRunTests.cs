using System.Diagnostics;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Hubs;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace HessianDashboard.Web.Tests.Reliability;

/// <summary>
/// The issue's crash test: the real dashboard in its own process is killed (SIGKILL) in the middle of a Lanczos run; a
/// new process over the same run store lists the run as interrupted with the steps the background writer had stored,
/// and the same request runs again to success. Opt-in (50–70 s on a loaded 2-core machine, two server processes).
/// </summary>
[Trait("Category", "Reliability")]
public sealed class KillDuringRunTests(ITestOutputHelper output) : IDisposable
{
    // Full reorthogonalisation at n = m = 1200: many seconds in all, so 20 steps and a second later it is far from done,
    // while the re-run still finishes well within the hub client's cap.
    private const int N = 1200, M = 1200, StepsBeforeKill = 20;

    // A lab run (one Lanczos variant, full reorthogonalisation), so /lab/{id} shows it after the restart.
    private static readonly RunSubmission Comparison = RunsHubClient.Submission("spectrum-comparison",
        $$"""{ "spectrum": { "kind": "custom", "n": {{N}}, "seed": 1 }, "variants": ["full"], "iterations": {{M}}, "startSeed": 2 }""");

    private readonly string _root = Directory.CreateTempSubdirectory("hessian-kill-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact(Explicit = true)]
    public async Task Kill_DuringALanczosRun_RestartListsItInterruptedWithItsStoredStepsAndItRunsAgain()
    {
        var clock = Stopwatch.StartNew();
        string runs = Folder("runs"), artifacts = Folder("artifacts"), lab = Folder("lab");
        string runId;
        int stepsAtThreshold, stepsAtKill;

        await using (var first = await DashboardProcess.StartAsync(runs, artifacts, lab, Token))
        {
            output.WriteLine($"first server: pid {first.Id} at {first.Address} (started after {clock.Elapsed.TotalSeconds:0.0} s)");
            await using var hub = await RunsHubClient.ConnectAsync(first.Address, Token);
            runId = (await hub.SubmitAsync(Comparison, Token)).Id;

            // Follow the run in the background; the count at the moment of the kill is what the client had seen.
            int steps = 0;
            bool terminal = false, killed = false;
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
            var follow = Task.Run(async () =>
            {
                try
                {
                    await foreach (var e in hub.StreamAsync<RunEvent>(nameof(RunsHub.StreamRun), runId, 0L, stop.Token))
                    {
                        if (e.Kind == RunEventKind.Step && Interlocked.Increment(ref steps) == StepsBeforeKill) reached.TrySetResult();
                        if (e.IsTerminal) Volatile.Write(ref terminal, true);
                    }
                }
                catch (Exception ex) when (Volatile.Read(ref killed))
                {
                    _ = ex; // the server is gone: the connection breaks however it breaks
                }
                catch (Exception ex)
                {
                    reached.TrySetException(new InvalidOperationException($"The stream failed after {Volatile.Read(ref steps)} steps.\n{first.Output}", ex));
                }
                reached.TrySetException(new InvalidOperationException($"The stream ended after {Volatile.Read(ref steps)} steps.\n{first.Output}"));
            }, Token);

            await reached.Task.WaitAsync(RunsHubClient.Cap, Token);
            stepsAtThreshold = Volatile.Read(ref steps);
            await Task.Delay(TimeSpan.FromSeconds(1), Token); // the background writer saves about every 250 ms
            Volatile.Read(ref terminal).ShouldBeFalse("the run must still be running when the server is killed; make it longer");
            stepsAtKill = Volatile.Read(ref steps);
            Volatile.Write(ref killed, true);
            await first.KillAsync();
            await stop.CancelAsync();
            await follow;
        }
        output.WriteLine($"steps seen by the client: {stepsAtThreshold} when the wait began, {stepsAtKill} at the kill ({clock.Elapsed.TotalSeconds:0.0} s)");

        await using var second = await DashboardProcess.StartAsync(runs, artifacts, lab, Token);
        output.WriteLine($"second server: pid {second.Id} at {second.Address}");
        await using var again = await RunsHubClient.ConnectAsync(second.Address, Token);

        // ListRuns adds the newest stored runs to this process's, so the interrupted run is listed after the restart.
        var listed = await again.InvokeAsync<IReadOnlyList<RunInfoDto>>(nameof(RunsHub.ListRuns), Token);
        output.WriteLine($"ListRuns after the restart: {listed.Count} run(s)");
        listed.Single(r => r.Id == runId).State.ShouldBe(RunState.Interrupted);

        var stored = await again.ReadRunAsync(runId, Token);
        stored.Select(e => e.Sequence).ShouldBe(Enumerable.Range(0, stored.Count).Select(i => (long)i), "the stored log has no gaps");
        int[] ks = [.. stored.Where(e => e.Kind == RunEventKind.Step).Select(e => e.Step!.K)];
        output.WriteLine($"steps stored after the restart: {ks.Length} (k = 1 … {ks.LastOrDefault()}), {stored.Count} events in all");
        ks.Length.ShouldBeGreaterThanOrEqualTo(stepsAtThreshold, "every step seen a second before the kill was written");
        ks.ShouldBe(Enumerable.Range(1, ks.Length), "k = 1, 2, … without gaps");
        stored[^1].Kind.ShouldBe(RunEventKind.StateChanged);
        stored[^1].State.ShouldBe(RunState.Interrupted);
        output.WriteLine($"terminal event: {stored[^1].State}, error: {stored[^1].Error ?? "(none)"}");
        stored.Count(e => e.IsTerminal).ShouldBe(1);

        using (var http = new HttpClient { BaseAddress = second.Address })
        using (var page = await http.GetAsync($"lab/{runId}", Token))
        {
            page.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
            string html = await page.Content.ReadAsStringAsync(Token);
            html.ShouldContain("data-state=\"Interrupted\"");
            html.ShouldContain("The server stopped");
        }

        var rerun = await again.SubmitAsync(Comparison, Token);
        rerun.Id.ShouldNotBe(runId);
        var events = await again.ReadRunAsync(rerun.Id, Token);
        events[^1].State.ShouldBe(RunState.Succeeded, second.Output);
        events.Count(e => e.Kind == RunEventKind.Step).ShouldBe(M);
        output.WriteLine($"re-run succeeded with {M} steps; test wall time {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a killed server's SQLite files may linger a moment; the temp folder is the OS's to clean
        }
    }
}
