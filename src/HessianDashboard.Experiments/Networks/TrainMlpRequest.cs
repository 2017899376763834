using HessianDashboard.Experiments.Common;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Networks;

/// <summary>Train the thesis MLP (784-16-10 sigmoid, SGD, batch 64) on an image data set, writing checkpoints at chosen epochs.</summary>
public sealed record TrainMlpRequest : IExperimentRequest
{
    /// <summary>mnist, fashion-mnist or cifar10 (grey 28 × 28).</summary>
    public string Dataset { get; init; } = "mnist";

    /// <summary>Use only the first N training samples (null: all).</summary>
    public int? Samples { get; init; }

    /// <summary>The trainer's settings; <see cref="MlpTrainingOptions.Epochs"/> null here means Table 4.1's for the data set.</summary>
    public MlpTrainingOptions Options { get; init; } = new();

    /// <summary>Whether <see cref="Options"/>' epochs were set explicitly; otherwise Table 4.1's epochs for the data set apply.</summary>
    public bool EpochsExplicit { get; init; }

    /// <summary>The options with Table 4.1's epochs filled in when they were not set.</summary>
    public MlpTrainingOptions Resolved()
    {
        if (EpochsExplicit) return Options;
        int epochs = MlpTrainingOptions.ThesisEpochs(NetworkData.Describe(Dataset).DisplayName) ?? Options.Epochs;
        return Options with { Epochs = epochs };
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        if (Options is null) return ["The MLP training options are required."];
        var errors = new List<string>();
        try
        {
            if (!NetworkData.ImageIds.Contains(NetworkData.Describe(Dataset).Id)) errors.Add($"The MLP trains on {string.Join(", ", NetworkData.ImageIds)}, not {Dataset}.");
            else Resolved().Validate();
        }
        catch (ArgumentException e) { errors.Add(e.Message); }
        if (Samples is < 1) errors.Add($"Samples must be positive (got {Samples}).");
        errors.AddRange(RequestBounds.AtMost("Samples", Samples, RequestBounds.MaxSamples));
        if (Options is not null) errors.AddRange(RequestBounds.Mlp(Options));
        return errors;
    }
}
