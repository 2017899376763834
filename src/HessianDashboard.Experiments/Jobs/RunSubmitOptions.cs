namespace HessianDashboard.Experiments.Jobs;

/// <summary>Who submits a run and why, beside its request.</summary>
public sealed record RunSubmitOptions
{
    /// <summary>The submitting user's name; null for an anonymous loopback user (and the CLI).</summary>
    public string? Owner { get; init; }

    /// <summary>The run this one re-runs, when it is a re-run.</summary>
    public string? RerunOf { get; init; }

    /// <summary>Tags the run starts with.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
