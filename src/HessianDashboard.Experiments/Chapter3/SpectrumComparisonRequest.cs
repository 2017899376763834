using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Chapter3;

/// <summary>
/// Thesis Fig 3.1 (spectra vs truth, L1/L2) and Fig 3.3/3.4 (the Ritz ladder): several variants on the
/// same matrix from the same start vector, m = n by default.
/// </summary>
public sealed record SpectrumComparisonRequest : IExperimentRequest
{
    public SyntheticSpectrumOptions Spectrum { get; init; } = new(SpectrumKind.Custom, 100, 0);

    public Reorthogonalization[] Variants { get; init; } =
        [Reorthogonalization.None, Reorthogonalization.Full, Reorthogonalization.Double, Reorthogonalization.Selective];

    /// <summary>m; null means m = n.</summary>
    public int? Iterations { get; init; }

    public int StartSeed { get; init; }

    public double Epsilon { get; init; } = 1e-5;

    /// <summary>Keep the Ritz values of every step (Fig 3.3/3.4).</summary>
    public bool RecordLadders { get; init; } = true;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(MatrixSource.FromSpectrum(Spectrum).Validate());
        if (Variants is null || Variants.Length == 0) errors.Add("Choose at least one variant.");
        else if (Variants.Distinct().Count() != Variants.Length) errors.Add("Each variant may appear once.");
        if (Iterations is < 1) errors.Add($"Iterations must be at least 1, got {Iterations}.");
        if (Iterations is { } m && Spectrum is not null && m > Spectrum.N) errors.Add($"Iterations m = {m} cannot exceed n = {Spectrum.N}.");
        if (!(Epsilon > 0)) errors.Add("ε must be positive.");
        if (RecordLadders && Spectrum is not null && (long)(Iterations ?? Spectrum.N) * (Iterations ?? Spectrum.N) > 25_000_000)
            errors.Add("A ladder of more than 5000 steps is too large to record; lower m or turn the ladder off.");
        return errors;
    }
}
