using HessianDashboard.Core.IO;
using HessianDashboard.Core.Synthetic;

namespace HessianDashboard.Experiments.Sources;

/// <summary>
/// Where a run's matrix comes from: a synthetic spectrum (the truth is λ) or a Matrix Market file
/// (the truth only when <see cref="ComputeExact"/> asks for a dense eigendecomposition).
/// Exactly one of <see cref="Synthetic"/> and <see cref="MatrixMarketPath"/> is set.
/// </summary>
public sealed record MatrixSource
{
    /// <summary>Largest n for which a dense synthetic matrix (n² doubles) or a dense exact eigendecomposition is allowed.</summary>
    public const int MaxDenseDimension = 5000;

    public SyntheticSpectrumOptions? Synthetic { get; init; }

    public string? MatrixMarketPath { get; init; }

    /// <summary>For a file: also compute all eigenvalues with a dense symmetric eigendecomposition.</summary>
    public bool ComputeExact { get; init; }

    public static MatrixSource FromSpectrum(SyntheticSpectrumOptions spectrum) => new() { Synthetic = spectrum };

    public static MatrixSource FromFile(string path, bool computeExact = false) => new() { MatrixMarketPath = path, ComputeExact = computeExact };

    /// <summary>Problems with the source; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if ((Synthetic is null) == (MatrixMarketPath is null))
        {
            errors.Add("Give either a synthetic spectrum or a Matrix Market file, not both or neither.");
            return errors;
        }
        if (Synthetic is not null)
        {
            try { Synthetic.Validate(); }
            catch (ArgumentException ex) { errors.Add(ex.Message); }
            if (Synthetic.N > MaxDenseDimension)
                errors.Add($"n = {Synthetic.N} is too large for a dense synthetic matrix (at most {MaxDenseDimension}).");
        }
        else if (string.IsNullOrWhiteSpace(MatrixMarketPath))
            errors.Add("The Matrix Market path is empty.");
        return errors;
    }

    /// <summary>Builds the operator (and the truth when known). Throws <see cref="MatrixMarketFormatException"/> or IO errors for bad files.</summary>
    public ResolvedMatrix Resolve()
    {
        if (Synthetic is not null)
        {
            var lambda = SyntheticSpectrum.Generate(Synthetic);
            var matrix = SyntheticMatrix.Create(lambda, OrthogonalSeed(Synthetic.Seed));
            return new ResolvedMatrix(matrix.Operator, matrix.Eigenvalues.ToArray(),
                $"synthetic {Synthetic.Kind.ToString().ToLowerInvariant()} spectrum, n = {Synthetic.N}, seed {Synthetic.Seed}");
        }
        var file = MatrixMarketReader.ReadFile(MatrixMarketPath!);
        var op = file.ToOperator();
        double[]? truth = null;
        if (ComputeExact)
        {
            if (op.Dimension > MaxDenseDimension)
                throw new ArgumentException($"--exact needs a dense eigendecomposition; n = {op.Dimension} exceeds {MaxDenseDimension}.");
            truth = DenseEigenvalues.Of(file.ToDenseRowMajor(), op.Dimension);
        }
        return new ResolvedMatrix(op, truth, $"{Path.GetFileName(MatrixMarketPath)}, n = {op.Dimension}");
    }

    /// <summary>The seed of the Haar-random Q, derived from the spectrum's seed so one seed fixes the whole matrix.</summary>
    public static int OrthogonalSeed(int spectrumSeed) => unchecked(spectrumSeed * 1_000_003 + 17);
}
