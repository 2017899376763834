namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// A submission went over one of the per-user limits (<see cref="RunnerOptions.SubmissionsPerMinutePerUser"/> or
/// <see cref="RunnerOptions.QueuedRunsPerUser"/>); the message says which, the number, and when to try again.
/// Nothing was queued. (<see cref="RunQueueFullException"/> is the server-wide queue's limit.)
/// </summary>
public sealed class RunLimitException : InvalidOperationException
{
    /// <summary>A refusal by <paramref name="limit"/> (at most <paramref name="allowed"/>), retryable after <paramref name="retryAfter"/> when known.</summary>
    public RunLimitException(RunLimit limit, int allowed, TimeSpan? retryAfter, string message) : base(message) =>
        (Limit, Allowed, RetryAfter) = (limit, allowed, retryAfter);

    public RunLimitException() : base("A per-user run limit was reached.") { }

    public RunLimitException(string message) : base(message) { }

    public RunLimitException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Which limit refused the submission.</summary>
    public RunLimit Limit { get; }

    /// <summary>The limit's number (submissions per minute, or queued runs).</summary>
    public int Allowed { get; }

    /// <summary>How long until a submission will be accepted again, when that depends only on time (the per-minute limit).</summary>
    public TimeSpan? RetryAfter { get; }
}

/// <summary>The per-user limits a <see cref="SubmissionLimiter"/> enforces.</summary>
public enum RunLimit
{
    /// <summary><see cref="RunnerOptions.SubmissionsPerMinutePerUser"/>.</summary>
    SubmissionsPerMinute,

    /// <summary><see cref="RunnerOptions.QueuedRunsPerUser"/>.</summary>
    QueuedRuns,
}
