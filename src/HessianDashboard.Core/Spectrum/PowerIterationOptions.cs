namespace HessianDashboard.Core.Spectrum;

/// <summary>Parameters of a <see cref="PowerIteration"/> run.</summary>
public sealed record PowerIterationOptions
{
    /// <summary>k, the number of eigenpairs wanted (largest |λ| first), 1 ≤ k ≤ n.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Largest number of operator applications per pair (≥ 1).</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>tol, the relative tolerance of the stopping test (finite, 0 &lt; tol &lt; 1).</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>Seed of the Gaussian start vectors (one fresh draw per pair from the same stream).</summary>
    public int Seed { get; init; }

    /// <summary>Which stopping test to apply; default: deflated residual ≤ tol·|λ|.</summary>
    public PowerIterationStopping Stopping { get; init; } = PowerIterationStopping.Residual;

    /// <summary>Checks the options against an operator of dimension <paramref name="dimension"/>; throws <see cref="ArgumentException"/> with a clear message.</summary>
    public void Validate(int dimension)
    {
        if (dimension <= 0) throw new ArgumentException($"The operator dimension must be positive, got {dimension}.");
        if (Count < 1) throw new ArgumentException($"Count must be at least 1, got {Count}.");
        if (Count > dimension) throw new ArgumentException($"Count ({Count}) cannot exceed the dimension n = {dimension}.");
        if (MaxIterations < 1) throw new ArgumentException($"MaxIterations must be at least 1, got {MaxIterations}.");
        if (!(Tolerance > 0 && Tolerance < 1))
            throw new ArgumentException($"Tolerance must be a finite number in (0, 1), got {Tolerance}.");
        if (!Enum.IsDefined(Stopping)) throw new ArgumentException($"Unknown stopping rule {Stopping}.");
    }
}
