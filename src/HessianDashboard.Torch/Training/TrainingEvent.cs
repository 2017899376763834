namespace HessianDashboard.Torch.Training;

/// <summary>The kinds of <see cref="TrainingProgress"/>.</summary>
public enum TrainingEvent
{
    /// <summary>Optimizer steps were taken (reported every few steps).</summary>
    Step,

    /// <summary>Train and test/validation losses were estimated.</summary>
    Evaluation,

    /// <summary>A checkpoint file was written.</summary>
    Checkpoint,
}
