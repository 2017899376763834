using HessianDashboard.Torch.Models;

namespace HessianDashboard.Torch.Training;

/// <summary>
/// Plain minibatch SGD for the thesis MLP (Table 4.1: batch 64; MNIST 15, FashionMNIST 20, CIFAR-10
/// 30 epochs). The thesis does not state the learning rate; the default 0.1 is this project's choice.
/// </summary>
public sealed record MlpTrainingOptions
{
    /// <summary>Layer sizes (784-16-10).</summary>
    public MlpConfig Model { get; init; } = MlpConfig.Thesis;

    /// <summary>Passes over the training set (15, the MNIST row of Table 4.1; see <see cref="ThesisEpochs"/>).</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>Samples per SGD step (64); the last, smaller batch of an epoch is kept (PyTorch's drop_last=False).</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>SGD step size (0.1, not from the thesis).</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>SGD momentum (0: plain SGD).</summary>
    public double Momentum { get; init; }

    /// <summary>Seeds the initialisation and, through SplitMix64 streams, every epoch's shuffle.</summary>
    public int Seed { get; init; }

    /// <summary>Device name for <see cref="Runtime.TorchDevice.Resolve"/> ("cpu", "cuda", "auto").</summary>
    public string Device { get; init; } = "cpu";

    /// <summary>Parameter dtype (float64).</summary>
    public ModelPrecision Precision { get; init; } = ModelPrecision.Float64;

    /// <summary>Epochs after which a checkpoint is written (0 = initialisation); null = 0 and the last epoch.</summary>
    public IReadOnlyList<int>? CheckpointEpochs { get; init; }

    /// <summary>Where checkpoints go (<c>{prefix}-epoch-{e:000}.safetensors</c>); null = write none.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>File name prefix of checkpoints.</summary>
    public string CheckpointPrefix { get; init; } = "mlp";

    /// <summary>A <see cref="TrainingEvent.Step"/> progress report every this many steps.</summary>
    public int ProgressInterval { get; init; } = 100;

    /// <summary>The epochs to checkpoint after resolving the null default.</summary>
    public IReadOnlyList<int> ResolvedCheckpointEpochs => CheckpointEpochs ?? [0, Epochs];

    /// <summary>Table 4.1's epochs for a dataset name containing "FashionMNIST" (20), "CIFAR" (30) or "MNIST" (15); null otherwise.</summary>
    public static int? ThesisEpochs(string datasetName)
    {
        ArgumentNullException.ThrowIfNull(datasetName);
        string name = datasetName.ToUpperInvariant();
        if (name.Contains("FASHION", StringComparison.Ordinal)) return 20;
        if (name.Contains("CIFAR", StringComparison.Ordinal)) return 30;
        if (name.Contains("MNIST", StringComparison.Ordinal)) return 15;
        return null;
    }

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        Model.Validate();
        if (Epochs < 0 || BatchSize < 1 || ProgressInterval < 1)
            throw new ArgumentException($"Epochs ≥ 0, batch size ≥ 1 and progress interval ≥ 1 are required (got {Epochs}, {BatchSize}, {ProgressInterval}).");
        if (!(LearningRate > 0) || Momentum is < 0 or >= 1)
            throw new ArgumentException($"Learning rate must be positive and momentum in [0, 1) (got {LearningRate}, {Momentum}).");
        if (OutputDirectory is not null && ResolvedCheckpointEpochs.Any(e => e < 0 || e > Epochs))
            throw new ArgumentException($"Checkpoint epochs must lie in [0, {Epochs}].");
    }
}
