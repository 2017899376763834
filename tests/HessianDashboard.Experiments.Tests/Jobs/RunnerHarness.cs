using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Experiments.Tests.Jobs;

/// <summary>A started <see cref="InProcessRunRunner"/> over the built-in handlers, stopped on dispose; wait helpers cap at 30 s.</summary>
internal sealed class RunnerHarness : IAsyncDisposable
{
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    private RunnerHarness(RunnerOptions options) =>
        Runner = new InProcessRunRunner(Options.Create(options), RunJobCatalog.CreateDefault(), NullLogger<InProcessRunRunner>.Instance);

    public InProcessRunRunner Runner { get; }

    public static async Task<RunnerHarness> StartAsync(RunnerOptions? options = null)
    {
        var harness = new RunnerHarness(options ?? new RunnerOptions());
        await harness.Runner.StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>A runner that was never started: runs stay queued.</summary>
    public static RunnerHarness Idle(RunnerOptions options) => new(options);

    /// <summary>A tiny Lanczos run on the custom synthetic spectrum.</summary>
    public static LanczosRunRequest SmallLanczos(int n = 40, int? m = null) => new()
    {
        Source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, n, 1)),
        Variant = Reorthogonalization.Full,
        Iterations = m,
        StartSeed = 2,
    };

    /// <summary>A run that takes seconds (n = m = 1000, full reorthogonalisation, Ritz values each step): long enough to cancel mid-way.</summary>
    public static LanczosRunRequest LongLanczos() => SmallLanczos(n: 1000);

    public async Task<RunInfo> WaitForAsync(string runId, Func<RunInfo, bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Cap);
        while (true)
        {
            var info = Runner.Get(runId) ?? throw new InvalidOperationException($"Run {runId} vanished.");
            if (condition(info)) return info;
            if (timeout.IsCancellationRequested) throw new TimeoutException($"Run {runId} did not reach '{what}' within {Cap}; it is {info.State}.");
            await Task.Delay(10, CancellationToken.None);
        }
    }

    public Task<RunInfo> WaitForStateAsync(string runId, RunState state) => WaitForAsync(runId, i => i.State == state, state.ToString());

    public Task<RunInfo> WaitForFinishAsync(string runId) => WaitForAsync(runId, i => i.State.IsTerminal(), "finished");

    /// <summary>Reads the stream until an event satisfies <paramref name="condition"/> (30 s cap).</summary>
    public async Task<RunEvent> FirstEventAsync(string runId, Func<RunEvent, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Cap);
        await foreach (var e in Runner.StreamAsync(runId, 0, timeout.Token))
            if (condition(e)) return e;
        throw new InvalidOperationException($"Run {runId} ended without the expected event.");
    }

    /// <summary>The whole stream from <paramref name="fromSequence"/> to its end (30 s cap).</summary>
    public async Task<List<RunEvent>> ReadToEndAsync(string runId, long fromSequence = 0)
    {
        using var timeout = new CancellationTokenSource(Cap);
        var events = new List<RunEvent>();
        await foreach (var e in Runner.StreamAsync(runId, fromSequence, timeout.Token)) events.Add(e);
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var run in Runner.List()) Runner.Cancel(run.Id);
        using var timeout = new CancellationTokenSource(Cap);
        await Runner.StopAsync(timeout.Token);
        Runner.Dispose();
    }
}
