using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>
/// What the trajectory views need to know about a run before its result exists, read off either request: the
/// checkpoints (the handlers name each checkpoint's Lanczos steps "step N"), m, what a step is called, the product
/// precision and the residual tolerance.
/// </summary>
/// <param name="NanoGpt">True for <see cref="NanoGptTrajectoryRequest"/>, false for the MLP's <see cref="TrajectoryRequest"/>.</param>
/// <param name="Steps">Checkpoint epochs or iterations, ascending and distinct.</param>
/// <param name="Iterations">Lanczos steps m per checkpoint.</param>
/// <param name="Precision">"float64" or "float32" (the Hessian-vector products only).</param>
/// <param name="ResidualTolerance">Which Ritz values count as resolved (converged marks, and the outlier rule of <see cref="Outliers"/>).</param>
/// <param name="TrainingLength">The last epoch (MLP) or the training iterations (NanoGPT): where the loss curves end.</param>
public sealed record TrajectoryPlan(bool NanoGpt, IReadOnlyList<int> Steps, int Iterations, string Precision, double ResidualTolerance, int TrainingLength)
{
    /// <summary>"epoch" (MLP) or "iteration" (NanoGPT).</summary>
    public string StepName => NanoGpt ? "iteration" : "epoch";

    /// <summary>The held-out loss' name: the MLP's test split, NanoGPT's validation split.</summary>
    public string HeldOutName => NanoGpt ? "val loss" : "test loss";

    /// <summary>The x axis of per-checkpoint charts: the first to the last checkpoint.</summary>
    public StepAxis CheckpointAxis => new(Steps.DefaultIfEmpty(0).Min(), Steps.DefaultIfEmpty(0).Max());

    /// <summary>The x axis of the loss charts: initialisation to the end of training.</summary>
    public StepAxis TrainingAxis => new(0, TrainingLength);

    /// <summary>The series name the job handlers give checkpoint <paramref name="step"/>'s Lanczos steps.</summary>
    public static string SeriesOf(int step) => $"step {step}";

    /// <summary>"epoch 5", "iteration 250".</summary>
    public string Label(int step) => $"{StepName} {step}";

    /// <summary>The plan of a trajectory request; throws for any other request.</summary>
    public static TrajectoryPlan For(object request) => request switch
    {
        TrajectoryRequest mlp => new(false, mlp.ResolvedEpochs(), mlp.Iterations, Name(ModelPrecision.Float64), mlp.ResidualTolerance,
            mlp.ResolvedEpochs().DefaultIfEmpty(0).Max()),
        NanoGptTrajectoryRequest gpt => new(true, [.. gpt.Training.CheckpointIterations.Distinct().Order()], gpt.Iterations, Name(gpt.Precision),
            gpt.ResidualTolerance, gpt.Training.Iterations),
        _ => throw new ArgumentException($"Not a trajectory request: {request?.GetType().Name}.", nameof(request)),
    };

    private static string Name(ModelPrecision precision) => precision.ToString().ToLowerInvariant();
}
