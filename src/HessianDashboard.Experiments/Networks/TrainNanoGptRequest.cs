using HessianDashboard.Experiments.Common;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Networks;

/// <summary>Train the character-level NanoGPT on TinyShakespeare (AdamW, 12 × 64, 2000 iterations), writing checkpoints at chosen iterations.</summary>
public sealed record TrainNanoGptRequest : IExperimentRequest
{
    /// <summary>The trainer's settings (nanoGPT's shakespeare_char defaults).</summary>
    public NanoGptTrainingOptions Options { get; init; } = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        if (Options is null) return ["The NanoGPT training options are required."];
        var errors = new List<string>();
        try { Options.Validate(); }
        catch (ArgumentException e) { errors.Add(e.Message); }
        errors.AddRange(RequestBounds.NanoGpt(Options));
        return errors;
    }
}
