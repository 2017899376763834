namespace HessianDashboard.Experiments.Jobs;

/// <summary>What a <see cref="RunEvent"/> carries.</summary>
public enum RunEventKind
{
    /// <summary>The run changed state (<see cref="RunEvent.State"/>, and <see cref="RunEvent.Error"/> on failure).</summary>
    StateChanged,

    /// <summary>One Lanczos step (<see cref="RunEvent.Step"/>, in <see cref="RunEvent.Series"/>).</summary>
    Step,

    /// <summary>One unit of a study done (<see cref="RunEvent.Progress"/>).</summary>
    Progress,

    /// <summary>A point of a named curve (<see cref="RunEvent.Metric"/>), e.g. a training loss.</summary>
    Metric,
}
