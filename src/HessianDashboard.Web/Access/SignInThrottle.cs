using System.Collections.Concurrent;
using HessianDashboard.Web.Options;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Web.Access;

/// <summary>
/// Counts failed sign-ins per user name (ignoring case) and client address over a sliding minute. At
/// <see cref="AccessOptions.MaxFailedSignInsPerMinute"/> failures that pair is refused, without checking the password,
/// until the oldest failure is a minute old. Bounded: at most <see cref="MaxTracked"/> pairs are kept (expired ones are
/// dropped first, then the oldest).
/// </summary>
public sealed class SignInThrottle(IOptions<AccessOptions> options, TimeProvider time)
{
    /// <summary>How many name/address pairs are remembered at most.</summary>
    public const int MaxTracked = 10_000;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string Name, string Address), Queue<DateTimeOffset>> _failures = new();

    /// <summary>True when <paramref name="name"/> from <paramref name="address"/> may try again now.</summary>
    public bool MayTry(string name, string address)
    {
        if (!_failures.TryGetValue(Key(name, address), out var failures)) return true;
        lock (failures)
        {
            Expire(failures, time.GetUtcNow());
            return failures.Count < options.Value.MaxFailedSignInsPerMinute;
        }
    }

    /// <summary>Records a failed attempt.</summary>
    public void Failed(string name, string address)
    {
        if (_failures.Count >= MaxTracked) Prune();
        var failures = _failures.GetOrAdd(Key(name, address), _ => new Queue<DateTimeOffset>());
        lock (failures) failures.Enqueue(time.GetUtcNow());
    }

    /// <summary>Forgets the failures of a pair after a successful sign-in.</summary>
    public void Succeeded(string name, string address) => _failures.TryRemove(Key(name, address), out _);

    private static (string, string) Key(string name, string address) => ((name ?? "").Trim().ToUpperInvariant(), address ?? "");

    private static void Expire(Queue<DateTimeOffset> failures, DateTimeOffset now)
    {
        while (failures.Count > 0 && now - failures.Peek() >= Window) failures.Dequeue();
    }

    private static DateTimeOffset Oldest(Queue<DateTimeOffset> failures, DateTimeOffset now)
    {
        lock (failures) return failures.Count > 0 ? failures.Peek() : now;
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (key, failures) in _failures)
        {
            lock (failures) Expire(failures, now);
            if (failures.Count == 0) _failures.TryRemove(key, out _);
        }
        // Still full of live entries (many addresses at once): drop the oldest half rather than grow without bound.
        if (_failures.Count >= MaxTracked)
        {
            var oldest = _failures.Select(p => (p.Key, First: Oldest(p.Value, now))).OrderBy(p => p.First).Take(MaxTracked / 2).ToArray();
            foreach (var (key, _) in oldest) _failures.TryRemove(key, out _);
        }
    }
}
