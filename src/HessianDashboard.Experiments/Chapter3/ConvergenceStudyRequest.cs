using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Chapter3;

/// <summary>
/// Thesis Fig 3.5/3.6: the number of eigenvalues converged to within ε against the number of
/// iterations m, for the four synthetic spectra × variants × runs at size n.
/// </summary>
public sealed record ConvergenceStudyRequest : IExperimentRequest
{
    public int N { get; init; } = 1000;

    public int[] Iterations { get; init; } = [10, 25, 50, 100, 250, 500, 1000];

    public SpectrumKind[] Spectra { get; init; } = [SpectrumKind.Gaussian, SpectrumKind.Uniform, SpectrumKind.Banded, SpectrumKind.Custom];

    public Reorthogonalization[] Variants { get; init; } =
        [Reorthogonalization.None, Reorthogonalization.Full, Reorthogonalization.Double, Reorthogonalization.Selective];

    /// <summary>Independent runs (a new matrix and start vector each).</summary>
    public int Runs { get; init; } = 10;

    public double Epsilon { get; init; } = 1e-5;

    public int Seed { get; init; }

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (N < 2 || N > MatrixSource.MaxDenseDimension) errors.Add($"n must lie in [2, {MatrixSource.MaxDenseDimension}], got {N}.");
        if (Iterations is null || Iterations.Length == 0) errors.Add("Give at least one iteration count.");
        else if (Iterations.Any(m => m < 1 || m > N)) errors.Add($"Every iteration count m must lie in [1, n = {N}].");
        errors.AddRange(RequestBounds.ShortList("Iteration counts", Iterations));
        if (Spectra is null || Spectra.Length == 0) errors.Add("Choose at least one spectrum.");
        else if (Spectra.Any(k => !Enum.IsDefined(k))) errors.Add("Unknown spectrum kind.");
        if (Variants is null || Variants.Length == 0) errors.Add("Choose at least one variant.");
        else if (Variants.Any(v => !Enum.IsDefined(v))) errors.Add("Unknown variant.");
        if (Runs is < 1 or > 1000) errors.Add($"Runs must lie in [1, 1000], got {Runs}.");
        if (!(Epsilon > 0) || !double.IsFinite(Epsilon)) errors.Add($"ε must be a positive number, got {Epsilon}.");
        return errors;
    }
}
