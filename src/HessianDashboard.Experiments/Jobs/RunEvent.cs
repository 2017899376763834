using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// One entry of a run's append-only event log. Flat on purpose so it serialises as JSON and over
/// SignalR without polymorphism: <see cref="Kind"/> says which of the optional members are set.
/// </summary>
/// <param name="Sequence">Position in the run's log: 0, 1, 2, … without gaps.</param>
/// <param name="RunId">The run this event belongs to.</param>
/// <param name="Kind">What the event carries.</param>
/// <param name="State">The new state, for <see cref="RunEventKind.StateChanged"/>.</param>
/// <param name="Series">Which curve a step belongs to (the variant name for Lanczos runs and comparisons), or null.</param>
/// <param name="Step">The Lanczos step, for <see cref="RunEventKind.Step"/>.</param>
/// <param name="Progress">The unit of work done, for <see cref="RunEventKind.Progress"/>.</param>
/// <param name="Error">The error text, for a transition to <see cref="RunState.Failed"/> (or why a run was cancelled by the server).</param>
/// <param name="At">When the event was appended.</param>
/// <param name="Metric">A point of a named curve, for <see cref="RunEventKind.Metric"/> (training losses …).</param>
public sealed record RunEvent(
    long Sequence,
    string RunId,
    RunEventKind Kind,
    RunState? State,
    string? Series,
    LanczosStep? Step,
    ExperimentProgress? Progress,
    string? Error,
    DateTimeOffset At,
    RunMetric? Metric = null)
{
    /// <summary>Whether this event ends the log (a state change to a terminal state).</summary>
    public bool IsTerminal => Kind == RunEventKind.StateChanged && State is { } s && s.IsTerminal();
}
