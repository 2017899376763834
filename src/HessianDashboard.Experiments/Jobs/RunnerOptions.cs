namespace HessianDashboard.Experiments.Jobs;

/// <summary>Settings of the in-process job runner, bound to the <c>Runner</c> configuration section.</summary>
public sealed class RunnerOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Runner";

    /// <summary>Runs computed at once (one compute worker by default: runs are CPU-bound and multi-threaded enough).</summary>
    public int Workers { get; set; } = 1;

    /// <summary>Runs that may wait for a worker; submitting beyond it throws <see cref="RunQueueFullException"/>.</summary>
    public int QueueCapacity { get; set; } = 64;

    /// <summary>Finished runs kept in memory; beyond it the oldest finished are evicted.</summary>
    public int MaxFinishedRuns { get; set; } = 500;

    /// <summary>Submissions one user may make in any sliding minute (anonymous users share one allowance); see <see cref="SubmissionLimiter"/>.</summary>
    public int SubmissionsPerMinutePerUser { get; set; } = 30;

    /// <summary>Runs of one user that may wait in the queue at once; beyond it <see cref="RunLimitException"/>.</summary>
    public int QueuedRunsPerUser { get; set; } = 16;

    /// <summary>Problems with the settings; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Workers is < 1 or > 64) errors.Add($"Runner:Workers must lie in [1, 64], got {Workers}.");
        if (QueueCapacity is < 1 or > 100_000) errors.Add($"Runner:QueueCapacity must lie in [1, 100000], got {QueueCapacity}.");
        if (MaxFinishedRuns < 0) errors.Add($"Runner:MaxFinishedRuns must not be negative, got {MaxFinishedRuns}.");
        if (SubmissionsPerMinutePerUser is < 1 or > 100_000)
            errors.Add($"Runner:SubmissionsPerMinutePerUser must lie in [1, 100000], got {SubmissionsPerMinutePerUser}.");
        if (QueuedRunsPerUser is < 1 or > 100_000) errors.Add($"Runner:QueuedRunsPerUser must lie in [1, 100000], got {QueuedRunsPerUser}.");
        return errors;
    }
}
