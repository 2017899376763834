namespace HessianDashboard.Core.Randomness;

/// <summary>
/// Seeded standard-normal samples by the polar Box–Muller method on <see cref="Random"/>(seed).
/// The same seed gives the same sequence on every platform and .NET version (the seeded
/// <see cref="Random"/> algorithm is frozen for compatibility), which the run manifests rely on.
/// </summary>
public sealed class GaussianSampler
{
    private readonly Random _uniform;
    private double _spare;
    private bool _hasSpare;

    public GaussianSampler(int seed) => _uniform = new Random(seed);

    /// <summary>The underlying uniform generator (for callers that also need U(0,1) draws from the same stream).</summary>
    public Random Uniform => _uniform;

    /// <summary>One draw from N(0, 1).</summary>
    public double Next()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }
        double u, v, s;
        do
        {
            u = 2.0 * _uniform.NextDouble() - 1.0;
            v = 2.0 * _uniform.NextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double factor = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spare = v * factor;
        _hasSpare = true;
        return u * factor;
    }

    /// <summary>Fills <paramref name="destination"/> with N(0, 1) draws.</summary>
    public void Fill(Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i++) destination[i] = Next();
    }

    /// <summary>A new array of <paramref name="length"/> N(0, 1) draws.</summary>
    public double[] NextVector(int length)
    {
        var result = new double[length];
        Fill(result);
        return result;
    }
}
