using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>
/// The network spectrum form with the thesis' settings (§4.2: MNIST, 10,000 samples, m = 100, full
/// reorthogonalisation, exact spectrum for comparison), turned into a <see cref="NetworkSpectrumRequest"/>.
/// </summary>
public sealed class SpectrumFormModel
{
    public SpectrumModelSource Source { get; set; } = SpectrumModelSource.Initialisation;
    public string? Checkpoint { get; set; }
    public NetworkKind Kind { get; set; } = NetworkKind.Mlp;
    public int Seed { get; set; }
    public string Dataset { get; set; } = "mnist";
    public int? Samples { get; set; } = 10_000;
    public int? HessianBatch { get; set; }
    public int Iterations { get; set; } = 100;
    public bool Exact { get; set; } = true;
    public string ParameterPatterns { get; set; } = "";

    /// <summary>The model kind the request will use (a chosen checkpoint's, else <see cref="Kind"/>).</summary>
    public NetworkKind EffectiveKind(ModelKind? checkpointKind) =>
        Source == SpectrumModelSource.Checkpoint && checkpointKind is { } k ? (k == ModelKind.NanoGpt ? NetworkKind.NanoGpt : NetworkKind.Mlp) : Kind;

    public NetworkSpectrumRequest ToRequest(ModelKind? checkpointKind = null)
    {
        bool text = EffectiveKind(checkpointKind) == NetworkKind.NanoGpt;
        string[] patterns = ParameterPatterns.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new NetworkSpectrumRequest
        {
            Model = Source == SpectrumModelSource.Initialisation ? (Kind == NetworkKind.NanoGpt ? ModelKind.NanoGpt : ModelKind.Mlp) : null,
            Checkpoint = Source == SpectrumModelSource.Checkpoint ? Checkpoint : null,
            Seed = Seed,
            Dataset = text ? NetworkData.TextId : Dataset,
            Samples = text ? null : Samples,
            HessianBatch = HessianBatch,
            Iterations = Iterations,
            Exact = Exact,
            ParameterPatterns = patterns.Length == 0 ? null : patterns,
        };
    }

    /// <summary>The request's own validation (what the runner checks on Submit) plus the form's.</summary>
    public IReadOnlyList<string> Check(ModelKind? checkpointKind = null)
    {
        var errors = new List<string>();
        if (Source == SpectrumModelSource.Checkpoint && Checkpoint is null) errors.Add("Checkpoint: choose one (or use a seeded initialisation).");
        errors.AddRange(ToRequest(checkpointKind).Validate().Where(e => !(Checkpoint is null && e.StartsWith("Name a model", StringComparison.Ordinal))));
        if (Samples is { } n && HessianBatch is { } b && b > n && EffectiveKind(checkpointKind) == NetworkKind.Mlp)
            errors.Add($"The Hessian batch ({b}) cannot exceed the samples ({n}).");
        return errors;
    }
}
