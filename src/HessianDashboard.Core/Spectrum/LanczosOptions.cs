namespace HessianDashboard.Core.Spectrum;

/// <summary>Parameters of one Lanczos run.</summary>
public sealed record LanczosOptions
{
    /// <summary>m, the number of Lanczos steps (1 ≤ m ≤ n).</summary>
    public required int Iterations { get; init; }

    /// <summary>Which reorthogonalisation to apply.</summary>
    public Reorthogonalization Reorthogonalization { get; init; } = Reorthogonalization.Full;

    /// <summary>Seed of the Gaussian start vector v₁ ~ N(0, I)/‖·‖ when <see cref="StartVector"/> is null.</summary>
    public int Seed { get; init; }

    /// <summary>An explicit start vector (normalised by the run); overrides <see cref="Seed"/>.</summary>
    public IReadOnlyList<double>? StartVector { get; init; }

    /// <summary>Eigen-decompose T_k at every step to report the Ritz values and residual bounds (O(k²) per step).</summary>
    public bool RitzValuesEachStep { get; init; } = true;

    /// <summary>Track max|V_kᵀV_k − I| each step (one extra k·n matrix-vector product per step; keeps the basis).</summary>
    public bool TrackOrthogonality { get; init; } = true;

    /// <summary>Keep the Lanczos vectors in the result (always stored internally by Full, Double and Selective).</summary>
    public bool KeepBasis { get; init; }

    /// <summary>β_k below this times the running estimate of ‖A‖ counts as breakdown.</summary>
    public double BreakdownTolerance { get; init; } = 1e-12;

    /// <summary>Checks the options against an operator of dimension <paramref name="dimension"/>; throws with a clear message.</summary>
    public void Validate(int dimension)
    {
        if (dimension <= 0) throw new ArgumentException($"The operator dimension must be positive, got {dimension}.");
        if (Iterations < 1) throw new ArgumentException($"Iterations must be at least 1, got {Iterations}.");
        if (Iterations > dimension) throw new ArgumentException($"Iterations ({Iterations}) cannot exceed the dimension n = {dimension}.");
        if (!Enum.IsDefined(Reorthogonalization)) throw new ArgumentException($"Unknown reorthogonalisation {Reorthogonalization}.");
        if (!(BreakdownTolerance >= 0 && BreakdownTolerance < 1)) throw new ArgumentException("BreakdownTolerance must lie in [0, 1).");
        if (StartVector is not null)
        {
            if (StartVector.Count != dimension)
                throw new ArgumentException($"The start vector has length {StartVector.Count}, expected n = {dimension}.");
            if (StartVector.Any(v => !double.IsFinite(v)))
                throw new ArgumentException("The start vector has a NaN or infinite entry.");
            if (StartVector.All(v => v == 0))
                throw new ArgumentException("The start vector is zero.");
        }
    }
}
