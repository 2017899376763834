using System.Collections.Concurrent;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>The real runner, remembering the <see cref="RunSubmitOptions"/> each run was submitted with (who owns it).</summary>
internal sealed class RecordingRunRunner(InProcessRunRunner inner) : IRunRunner
{
    /// <summary>The options of each accepted run, by run id.</summary>
    public ConcurrentDictionary<string, RunSubmitOptions?> Submitted { get; } = new();

    public event Action<RunInfo>? RunChanged
    {
        add => inner.RunChanged += value;
        remove => inner.RunChanged -= value;
    }

    public RunInfo Submit(IExperimentRequest request, RunSubmitOptions? options = null)
    {
        var run = inner.Submit(request, options);
        Submitted[run.Id] = options;
        return run;
    }

    public bool Cancel(string runId) => inner.Cancel(runId);

    public RunInfo? Get(string runId) => inner.Get(runId);

    public IReadOnlyList<RunInfo> List() => inner.List();

    public IReadOnlyList<RunEvent> Events(string runId, long fromSequence = 0) => inner.Events(runId, fromSequence);

    public IAsyncEnumerable<RunEvent> StreamAsync(string runId, long fromSequence = 0, CancellationToken cancellationToken = default) =>
        inner.StreamAsync(runId, fromSequence, cancellationToken);

    public Task<bool> AnnotateAsync(string runId, IReadOnlyList<string>? tags, string? notes, CancellationToken cancellationToken = default) =>
        inner.AnnotateAsync(runId, tags, notes, cancellationToken);

    public Task<bool> DeleteAsync(string runId, CancellationToken cancellationToken = default) => inner.DeleteAsync(runId, cancellationToken);
}
