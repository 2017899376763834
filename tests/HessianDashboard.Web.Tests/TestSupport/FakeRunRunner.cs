using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>An <see cref="IRunRunner"/> over fixed snapshots, for rendering tests only (it runs nothing).</summary>
internal sealed class FakeRunRunner : IRunRunner
{
    private static readonly DateTimeOffset Epoch = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public List<RunInfo> Runs { get; } = [];

    public List<string> Cancelled { get; } = [];

    public event Action<RunInfo>? RunChanged;

    public int SubscriberCount => RunChanged?.GetInvocationList().Length ?? 0;

    /// <summary>A snapshot in <paramref name="state"/>; later calls get later submission times.</summary>
    public RunInfo Add(string id, RunState state, double progress = 0, string? error = null, TimeSpan? eta = null, TimeSpan? elapsed = null)
    {
        var info = new RunInfo
        {
            Id = id, Kind = "lanczos", Title = $"Lanczos run {id}", State = state, Request = Request,
            SubmittedAt = Epoch.AddSeconds(Runs.Count), Progress = progress, Error = error, Eta = eta, Elapsed = elapsed,
            FinishedAt = state.IsTerminal() ? Epoch.AddMinutes(1) : null,
        };
        Runs.Insert(0, info); // newest first, as IRunRunner.List promises
        return info;
    }

    /// <summary>Replaces a run's snapshot and raises <see cref="RunChanged"/>.</summary>
    public void Change(RunInfo info)
    {
        int i = Runs.FindIndex(r => r.Id == info.Id);
        if (i >= 0) Runs[i] = info;
        else Runs.Insert(0, info);
        RunChanged?.Invoke(info);
    }

    public bool Cancel(string runId)
    {
        Cancelled.Add(runId);
        return Runs.Any(r => r.Id == runId && !r.State.IsTerminal());
    }

    public IReadOnlyList<RunInfo> List() => [.. Runs];

    public RunInfo? Get(string runId) => Runs.Find(r => r.Id == runId);

    public RunInfo Submit(IExperimentRequest request, RunSubmitOptions? options = null) => throw new NotSupportedException("The fake runs nothing.");

    public IReadOnlyList<RunEvent> Events(string runId, long fromSequence = 0) => [];

    public IAsyncEnumerable<RunEvent> StreamAsync(string runId, long fromSequence = 0, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The fake runs nothing.");

    public Task<bool> AnnotateAsync(string runId, IReadOnlyList<string>? tags, string? notes, CancellationToken cancellationToken = default)
    {
        int i = Runs.FindIndex(r => r.Id == runId);
        if (i < 0) return Task.FromResult(false);
        Runs[i] = Runs[i] with { Tags = tags ?? Runs[i].Tags, Notes = notes ?? Runs[i].Notes };
        return Task.FromResult(true);
    }

    public Task<bool> DeleteAsync(string runId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Runs.RemoveAll(r => r.Id == runId && r.State.IsTerminal()) > 0);

    private static readonly LanczosRunRequest Request = new()
    {
        Source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, 10, 1)),
    };
}
