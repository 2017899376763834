using System.Runtime.CompilerServices;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Trajectory;

/// <summary>One run with a fixed request and a scripted event log (appended by the test), for live-view tests; it computes nothing.</summary>
internal sealed class ScriptedRunRunner(string id, IExperimentRequest request) : IRunRunner
{
    private readonly List<RunEvent> _events = [];
    private RunInfo _info = new()
    {
        Id = id, Kind = "trajectory", Title = "Scripted trajectory", State = RunState.Running, Request = request,
        SubmittedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), Progress = 0.5,
    };

    public event Action<RunInfo>? RunChanged;

    public void Metric(string name, double x, double y) => Append(RunEventKind.Metric, null, null, new RunMetric(name, x, y));

    /// <summary>A Progress event: <paramref name="stage"/>, <paramref name="done"/> of 1000.</summary>
    public void Progress(string stage, int done = 0)
    {
        lock (_events) _events.Add(new RunEvent(_events.Count, id, RunEventKind.Progress, null, null, null, new ExperimentProgress(stage, done, 1000), null, DateTimeOffset.UnixEpoch));
    }

    /// <summary>Lanczos step k of checkpoint <paramref name="series"/> with k Ritz values.</summary>
    public void Step(string series, int k) =>
        Append(RunEventKind.Step, series, new LanczosStep(k, 1, 1, [.. Enumerable.Range(0, k).Select(i => (double)i)], new double[k], 0, true, TimeSpan.Zero, TimeSpan.Zero), null);

    public void Finish(RunState state, object? result)
    {
        lock (_events)
        {
            _info = _info with { State = state, Result = result, Progress = 1 };
            _events.Add(new RunEvent(_events.Count, id, RunEventKind.StateChanged, state, null, null, null, null, DateTimeOffset.UnixEpoch));
        }
        RunChanged?.Invoke(_info);
    }

    private void Append(RunEventKind kind, string? series, LanczosStep? step, RunMetric? metric)
    {
        lock (_events) _events.Add(new RunEvent(_events.Count, id, kind, null, series, step, null, null, DateTimeOffset.UnixEpoch, metric));
    }

    public RunInfo? Get(string runId) => runId == id ? _info : null;

    public IReadOnlyList<RunEvent> Events(string runId, long fromSequence = 0)
    {
        lock (_events) return [.. _events.Where(e => e.Sequence >= fromSequence)];
    }

    public IReadOnlyList<RunInfo> List() => [_info];

    public bool Cancel(string runId) => false;

    public Task<bool> AnnotateAsync(string runId, IReadOnlyList<string>? tags, string? notes, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);

    public Task<bool> DeleteAsync(string runId, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public RunInfo Submit(IExperimentRequest request, RunSubmitOptions? options = null) => throw new NotSupportedException("The scripted runner runs nothing.");

    public async IAsyncEnumerable<RunEvent> StreamAsync(string runId, long fromSequence = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        foreach (var e in Events(runId, fromSequence)) yield return e;
    }
}
