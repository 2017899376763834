using HessianDashboard.Experiments.Jobs.Store;

namespace HessianDashboard.Storage.Tests.TestSupport;

/// <summary>
/// A run store whose connection can be cut: after <see cref="Sever"/> every call throws, as if the database went down or
/// the process died (nothing it does afterwards reaches the database); <see cref="Restore"/> reconnects.
/// </summary>
public sealed class SeverableStore(IRunStore inner) : IRunStore
{
    private volatile bool _severed;

    public int FailedCalls;

    public void Sever() => _severed = true;

    public void Restore() => _severed = false;

    public RunStoreOpening Open(DateTimeOffset at, string reason) => Check() ?? inner.Open(at, reason);

    public void Save(RunWrite write)
    {
        Check<object>();
        inner.Save(write);
    }

    public StoredRun? Load(string runId) => Check<StoredRun>() ?? inner.Load(runId);

    public Task<RunPage> QueryAsync(RunQuery query, CancellationToken cancellationToken = default) => Check<Task<RunPage>>() ?? inner.QueryAsync(query, cancellationToken);

    public Task<bool> AnnotateAsync(string runId, IReadOnlyList<string>? tags, string? notes, CancellationToken cancellationToken = default) =>
        Check<Task<bool>>() ?? inner.AnnotateAsync(runId, tags, notes, cancellationToken);

    public Task<IReadOnlyList<TagCount>> TagsAsync(CancellationToken cancellationToken = default) => Check<Task<IReadOnlyList<TagCount>>>() ?? inner.TagsAsync(cancellationToken);

    public Task<bool> DeleteAsync(string runId, CancellationToken cancellationToken = default) => Check<Task<bool>>() ?? inner.DeleteAsync(runId, cancellationToken);

    public Task<string> ImportAsync(RunExport run, string? owner, CancellationToken cancellationToken = default) =>
        Check<Task<string>>() ?? inner.ImportAsync(run, owner, cancellationToken);

    private RunStoreOpening? Check() => Check<RunStoreOpening>();

    private T? Check<T>() where T : class
    {
        if (!_severed) return null;
        Interlocked.Increment(ref FailedCalls);
        throw new IOException("The run store is unreachable (severed by the test).");
    }
}
