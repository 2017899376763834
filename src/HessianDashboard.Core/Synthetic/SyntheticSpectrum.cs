using HessianDashboard.Core.Randomness;

namespace HessianDashboard.Core.Synthetic;

/// <summary>Draws the ground-truth eigenvalues of a synthetic matrix (thesis §3.3).</summary>
public static class SyntheticSpectrum
{
    /// <summary>
    /// Returns n eigenvalues sorted ascending, drawn from one <see cref="GaussianSampler"/>(Seed) stream:
    /// <list type="bullet">
    /// <item><b>Gaussian</b>: λ_i ~ N(0, 1).</item>
    /// <item><b>Uniform</b>: λ_i = a + (b − a)·u_i with u_i ~ U[0, 1), so λ_i ∈ [a, b).</item>
    /// <item><b>Banded</b>: λ_i = c_(i mod B) + w·z_i, z_i ~ N(0, 1), band centres c_b = (b − (B − 1)/2)·spacing,
    /// so the B bands have equal sizes (±1) and are placed symmetrically about 0.</item>
    /// <item><b>Custom</b>: P values +s·(5 + 3j), M values −s·(5 + 3j), ⌊f·n⌋ exact zeros and an N(0, 1) bulk
    /// for the rest; the largest positive outlier dominates whenever P ≥ M, as in a network Hessian.</item>
    /// </list>
    /// </summary>
    public static double[] Generate(SyntheticSpectrumOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var sampler = new GaussianSampler(options.Seed);
        double[] values = options.Kind switch
        {
            SpectrumKind.Gaussian => sampler.NextVector(options.N),
            SpectrumKind.Uniform => Uniform(sampler, options),
            SpectrumKind.Banded => Banded(sampler, options),
            _ => Custom(sampler, options),
        };
        Array.Sort(values);
        return values;
    }

    private static double[] Uniform(GaussianSampler sampler, SyntheticSpectrumOptions o)
    {
        var values = new double[o.N];
        double width = o.Upper - o.Lower;
        for (int i = 0; i < values.Length; i++)
            values[i] = Math.Min(o.Lower + width * sampler.Uniform.NextDouble(), Math.BitDecrement(o.Upper));
        return values;
    }

    private static double[] Banded(GaussianSampler sampler, SyntheticSpectrumOptions o)
    {
        var values = new double[o.N];
        double middle = (o.BandCount - 1) / 2.0;
        for (int i = 0; i < values.Length; i++)
        {
            double centre = (i % o.BandCount - middle) * o.BandSpacing;
            values[i] = centre + o.BandWidth * sampler.Next();
        }
        return values;
    }

    private static double[] Custom(GaussianSampler sampler, SyntheticSpectrumOptions o)
    {
        var values = new double[o.N];
        int k = 0;
        for (int j = 0; j < o.PositiveOutliers; j++) values[k++] = o.OutlierScale * (5 + 3 * j);
        for (int j = 0; j < o.NegativeOutliers; j++) values[k++] = -o.OutlierScale * (5 + 3 * j);
        k += o.ZeroCount; // exact zeros: the array is zero-initialised
        for (; k < values.Length; k++) values[k] = sampler.Next();
        return values;
    }
}
