using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// The one training run chapter-4 experiments share per (data set, samples, epochs, seed): Table 4.1's settings with
/// checkpoints at epochs 0 and E. Every chapter-4 experiment builds the same <see cref="TrainMlpRequest"/>, so the
/// artifact store trains once and later experiments reuse the checkpoints.
/// </summary>
internal static class Chapter4Training
{
    public static TrainMlpRequest Request(string dataset, int? samples, int? epochs, int seed) => new()
    {
        Dataset = NetworkData.Describe(dataset).Id,
        Samples = samples,
        Options = new MlpTrainingOptions { Seed = seed, Epochs = epochs ?? new MlpTrainingOptions().Epochs },
        EpochsExplicit = epochs is not null,
    };

    /// <summary>The Progress stage announcing that <paramref name="training"/> was reused (see <see cref="ReuseNotice"/>), or null when it was trained now.</summary>
    public static string? ReuseStage(NetworkArtifactStore store, Reused<TrainingRunResult> training) =>
        training.WasReused ? ReuseNotice.TrainingStage(training.Key, store.TrainedAt(training.Key)) : null;

    /// <summary>The checkpoint at initialisation and the last one.</summary>
    public static (TrainingCheckpoint Initial, TrainingCheckpoint Trained) Checkpoints(TrainingRunResult run)
    {
        var ordered = run.Checkpoints.OrderBy(c => c.Step).ToArray();
        if (ordered.Length < 2 || ordered[0].Step != 0) throw new InvalidOperationException("The training run has no initial and final checkpoints.");
        return (ordered[0], ordered[^1]);
    }
}
