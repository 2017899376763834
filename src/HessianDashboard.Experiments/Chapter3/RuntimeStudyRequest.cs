using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Chapter3;

/// <summary>
/// Thesis Fig 3.2: Lanczos runtime vs n with m = n on Gaussian spectra (mean ± sd over repeats), and the
/// runtime of the final tridiagonal eigensolve of T_n.
/// </summary>
public sealed record RuntimeStudyRequest : IExperimentRequest
{
    public int[] Sizes { get; init; } = [10, 50, 100, 500, 1000];

    public Reorthogonalization[] Variants { get; init; } =
        [Reorthogonalization.None, Reorthogonalization.Full, Reorthogonalization.Double, Reorthogonalization.Selective];

    public int Repeats { get; init; } = 10;

    public int EigensolveRepeats { get; init; } = 30;

    public int Seed { get; init; }

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Sizes is null || Sizes.Length == 0) errors.Add("Give at least one size.");
        else if (Sizes.Any(n => n < 2 || n > MatrixSource.MaxDenseDimension))
            errors.Add($"Sizes must lie in [2, {MatrixSource.MaxDenseDimension}].");
        errors.AddRange(RequestBounds.ShortList("Sizes", Sizes));
        if (Variants is null || Variants.Length == 0) errors.Add("Choose at least one variant.");
        else if (Variants.Any(v => !Enum.IsDefined(v))) errors.Add("Unknown variant.");
        if (Repeats is < 1 or > 1000) errors.Add($"Repeats must lie in [1, 1000], got {Repeats}.");
        if (EigensolveRepeats is < 1 or > 10_000) errors.Add($"Eigensolve repeats must lie in [1, 10000], got {EigensolveRepeats}.");
        return errors;
    }
}
