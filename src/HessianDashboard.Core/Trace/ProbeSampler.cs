using HessianDashboard.Core.Randomness;

namespace HessianDashboard.Core.Trace;

/// <summary>Seeded probe vectors with i.i.d. entries from a <see cref="ProbeDistribution"/>.</summary>
internal sealed class ProbeSampler(ProbeDistribution distribution, int seed)
{
    private readonly GaussianSampler _gaussian = new(seed);

    public static void CheckDefined(ProbeDistribution distribution)
    {
        if (!Enum.IsDefined(distribution))
            throw new ArgumentException($"Unknown probe distribution {distribution}.", nameof(distribution));
    }

    public void Fill(Span<double> z)
    {
        if (distribution == ProbeDistribution.Gaussian)
        {
            _gaussian.Fill(z);
            return;
        }
        var uniform = _gaussian.Uniform;
        for (int i = 0; i < z.Length; i++) z[i] = uniform.NextDouble() < 0.5 ? -1.0 : 1.0;
    }
}
