using HessianDashboard.Experiments.Jobs.Store;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// The last few runs loaded from the store (pages poll <see cref="IRunRunner.Get"/>), least recently used evicted first.
/// An entry is trusted for <see cref="TimeToLive"/> only, so a change made directly through the store shows soon; the
/// runner's own annotate and delete drop the entry at once.
/// </summary>
internal sealed class StoredRunCache(int capacity, TimeProvider time)
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(5);

    private readonly LinkedList<(StoredRun Run, DateTimeOffset LoadedAt)> _order = new();
    private readonly Dictionary<string, LinkedListNode<(StoredRun Run, DateTimeOffset LoadedAt)>> _nodes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The cached run, or what <paramref name="load"/> returns (cached unless null).</summary>
    public StoredRun? GetOrLoad(string runId, Func<string, StoredRun?> load)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_nodes.TryGetValue(runId, out var node) && now - node.Value.LoadedAt < TimeToLive)
            {
                _order.Remove(node);
                _order.AddFirst(node);
                return node.Value.Run;
            }
        }
        var run = load(runId); // outside the lock: a slow load must not hold up other pages
        if (run is null) return null;
        lock (_gate)
        {
            Remove(runId);
            _nodes[runId] = _order.AddFirst((run, now));
            while (_nodes.Count > capacity) Remove(_order.Last!.Value.Run.Info.Id);
        }
        return run;
    }

    /// <summary>Forgets <paramref name="runId"/> (after an annotation or a deletion).</summary>
    public void Invalidate(string runId)
    {
        lock (_gate) Remove(runId);
    }

    private void Remove(string runId)
    {
        if (_nodes.Remove(runId, out var node)) _order.Remove(node);
    }
}
