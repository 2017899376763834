using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Chapter3;

/// <summary>
/// Thesis Fig 3.1 (spectra vs truth, L1/L2) and Fig 3.3/3.4 (the Ritz ladder): several variants on the
/// same matrix from the same start vector, m = n by default. The matrix is the synthetic
/// <see cref="Spectrum"/> unless <see cref="Matrix"/> names another source (e.g. a Matrix Market file).
/// </summary>
public sealed record SpectrumComparisonRequest : IExperimentRequest
{
    /// <summary>The largest ladder recorded: m² Ritz values (m = 5000).</summary>
    public const long MaxLadderValues = 25_000_000;

    public SyntheticSpectrumOptions Spectrum { get; init; } = new(SpectrumKind.Custom, 100, 0);

    /// <summary>The matrix when it is not <see cref="Spectrum"/>, e.g. a Matrix Market file; null means the synthetic spectrum.</summary>
    public MatrixSource? Matrix { get; init; }

    public Reorthogonalization[] Variants { get; init; } =
        [Reorthogonalization.None, Reorthogonalization.Full, Reorthogonalization.Double, Reorthogonalization.Selective];

    /// <summary>m; null means m = n.</summary>
    public int? Iterations { get; init; }

    public int StartSeed { get; init; }

    public double Epsilon { get; init; } = 1e-5;

    /// <summary>Keep the Ritz values of every step (Fig 3.3/3.4).</summary>
    public bool RecordLadders { get; init; } = true;

    /// <summary>The source the comparison runs on: <see cref="Matrix"/> when set, else the synthetic <see cref="Spectrum"/>.</summary>
    public MatrixSource EffectiveSource() => Matrix ?? MatrixSource.FromSpectrum(Spectrum);

    /// <summary>
    /// Problems with the request. For a file n is unknown until it is read, so m ≤ n and the ladder's size are
    /// then checked when the run starts (<see cref="SpectrumComparisonExperiment"/>), with the same messages.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var source = Matrix ?? (Spectrum is null ? null : MatrixSource.FromSpectrum(Spectrum));
        var errors = new List<string>(source?.Validate() ?? ["A synthetic spectrum or a matrix source is required."]);
        if (Variants is null || Variants.Length == 0) errors.Add("Choose at least one variant.");
        else if (Variants.Distinct().Count() != Variants.Length) errors.Add("Each variant may appear once.");
        else if (Variants.Any(v => !Enum.IsDefined(v))) errors.Add("Unknown variant.");
        if (Iterations is < 1) errors.Add($"Iterations must be at least 1, got {Iterations}.");
        errors.AddRange(RequestBounds.AtMost("Iterations", Iterations, RequestBounds.MaxLanczosIterations));
        if (!(Epsilon > 0) || !double.IsFinite(Epsilon)) errors.Add("ε must be positive.");
        if (source?.Synthetic is { } s)
            errors.AddRange(SizeErrors(Iterations ?? s.N, s.N, RecordLadders));
        else if (Iterations is { } m && m <= RequestBounds.MaxLanczosIterations)
            errors.AddRange(SizeErrors(m, int.MaxValue, RecordLadders)); // a file's m ≤ n waits for the file
        return errors;
    }

    /// <summary>m ≤ n and, when ladders are recorded, m² ≤ <see cref="MaxLadderValues"/> (also for front ends that know a file's n).</summary>
    public static IEnumerable<string> SizeErrors(int m, int n, bool recordLadders)
    {
        if (m > n) yield return $"Iterations m = {m} cannot exceed n = {n}.";
        if (recordLadders && (long)m * m > MaxLadderValues)
            yield return "A ladder of more than 5000 steps is too large to record; lower m or turn the ladder off.";
    }
}
