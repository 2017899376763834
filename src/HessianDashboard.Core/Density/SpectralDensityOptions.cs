using HessianDashboard.Core.Spectrum;

namespace HessianDashboard.Core.Density;

/// <summary>Parameters of stochastic Lanczos quadrature.</summary>
public sealed record SpectralDensityOptions
{
    /// <summary>n_v, the number of random start vectors (independent Lanczos runs).</summary>
    public int StartVectors { get; init; } = 10;

    /// <summary>m, Lanczos steps per start vector (≤ n).</summary>
    public int Iterations { get; init; } = 100;

    /// <summary>Reorthogonalisation of each run; Full keeps the quadrature weights faithful.</summary>
    public Reorthogonalization Reorthogonalization { get; init; } = Reorthogonalization.Full;

    /// <summary>Seed of the first start vector; run r uses Seed + r.</summary>
    public int Seed { get; init; }

    public void Validate(int dimension)
    {
        if (StartVectors < 1 || StartVectors > 10_000) throw new ArgumentException($"StartVectors must lie in [1, 10000], got {StartVectors}.");
        if (Iterations < 1 || Iterations > dimension)
            throw new ArgumentException($"Iterations must lie in [1, n = {dimension}], got {Iterations}.");
    }
}
