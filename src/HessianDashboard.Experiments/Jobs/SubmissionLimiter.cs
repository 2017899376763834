using System.Globalization;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// Per-user admission of runs: at most <see cref="RunnerOptions.SubmissionsPerMinutePerUser"/> submissions in any
/// sliding minute and at most <see cref="RunnerOptions.QueuedRunsPerUser"/> of the user's runs waiting in the queue.
/// Users are told apart by their owner name; anonymous submissions share the key <see cref="AnonymousKey"/>. Refused
/// submissions do not count. Queued runs are counted by asking the runner for each admitted run's state, so runs that
/// start or are cancelled leave the count without the runner reporting it. Thread-safe.
/// </summary>
public sealed class SubmissionLimiter
{
    /// <summary>The one key every anonymous submission is counted under.</summary>
    public const string AnonymousKey = "(anonymous)";

    /// <summary>The length of the sliding window of <see cref="RunnerOptions.SubmissionsPerMinutePerUser"/>.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly int _perMinute, _queued;
    private readonly TimeProvider _time;
    private readonly Func<string, RunState?> _stateOf;
    private readonly Dictionary<string, Owner> _owners = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>A limiter with the limits of <paramref name="options"/>.</summary>
    /// <param name="options">The runner's settings (their per-user limits).</param>
    /// <param name="stateOf">A run's current state by id, or null when the runner does not know it (yet, or any more).</param>
    /// <param name="time">The clock (a fake one in tests).</param>
    public SubmissionLimiter(RunnerOptions options, Func<string, RunState?> stateOf, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_perMinute, _queued) = (options.SubmissionsPerMinutePerUser, options.QueuedRunsPerUser);
        _stateOf = stateOf ?? throw new ArgumentNullException(nameof(stateOf));
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Counts the submission of run <paramref name="runId"/> by <paramref name="owner"/> (null: anonymous), or refuses it.</summary>
    /// <exception cref="RunLimitException">The owner is at a limit; nothing was counted.</exception>
    public void Admit(string? owner, string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var entry = Entry(owner ?? AnonymousKey);
            entry.Recent.RemoveAll(s => now - s.At >= Window);
            entry.Queued.RemoveAll(s => !StillQueued(s, now));
            if (entry.Recent.Count >= _perMinute)
            {
                var retry = entry.Recent[0].At + Window - now;
                throw new RunLimitException(RunLimit.SubmissionsPerMinute, _perMinute, retry,
                    $"Too many submissions: at most {_perMinute} runs per minute per user{Anonymous(owner)}. " +
                    $"Try again in {Math.Ceiling(retry.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s.");
            }
            if (entry.Queued.Count >= _queued)
                throw new RunLimitException(RunLimit.QueuedRuns, _queued, null,
                    $"Too many queued runs: at most {_queued} runs per user may wait in the queue{Anonymous(owner)}. " +
                    "Try again when one of them has started, or cancel one.");
            entry.Recent.Add((runId, now));
            entry.Queued.Add((runId, now));
            if (_owners.Count > 1000) Sweep(now);
        }
    }

    /// <summary>Uncounts run <paramref name="runId"/> of <paramref name="owner"/>: it was admitted here but then not queued (e.g. the server-wide queue was full).</summary>
    public void Withdraw(string? owner, string runId)
    {
        lock (_gate)
        {
            if (!_owners.TryGetValue(owner ?? AnonymousKey, out var entry)) return;
            entry.Recent.RemoveAll(s => s.RunId == runId);
            entry.Queued.RemoveAll(s => s.RunId == runId);
        }
    }

    /// <summary>How many of <paramref name="owner"/>'s runs are queued, as this limiter counts them.</summary>
    public int QueuedCount(string? owner)
    {
        var now = _time.GetUtcNow();
        lock (_gate) return _owners.TryGetValue(owner ?? AnonymousKey, out var entry) ? entry.Queued.Count(s => StillQueued(s, now)) : 0;
    }

    // A run not yet (or no longer) known to the runner counts for a minute: it is being queued right now, or it
    // finished and was evicted long ago (then it stopped being queued well before, and is dropped after the minute).
    private bool StillQueued((string RunId, DateTimeOffset At) submission, DateTimeOffset now) =>
        _stateOf(submission.RunId) is { } state ? state == RunState.Queued : now - submission.At < Window;

    private Owner Entry(string key)
    {
        if (!_owners.TryGetValue(key, out var entry)) _owners[key] = entry = new Owner();
        return entry;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in _owners.ToList())
        {
            entry.Recent.RemoveAll(s => now - s.At >= Window);
            entry.Queued.RemoveAll(s => !StillQueued(s, now));
            if (entry.Recent.Count == 0 && entry.Queued.Count == 0) _owners.Remove(key);
        }
    }

    private static string Anonymous(string? owner) => owner is null ? " (anonymous submissions share one allowance)" : "";

    private sealed class Owner
    {
        public List<(string RunId, DateTimeOffset At)> Recent { get; } = [];
        public List<(string RunId, DateTimeOffset At)> Queued { get; } = [];
    }
}
