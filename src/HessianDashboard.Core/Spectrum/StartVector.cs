using HessianDashboard.Core.LinearAlgebra;
using HessianDashboard.Core.Randomness;

namespace HessianDashboard.Core.Spectrum;

/// <summary>The unit start vector v₁: a given one normalised, or a seeded draw from N(0, I) normalised.</summary>
public static class StartVector
{
    /// <summary>v₁ = g/‖g‖ with g ~ N(0, I_n) from <see cref="GaussianSampler"/>(seed): the same seed gives the same v₁ for every variant.</summary>
    public static double[] Gaussian(int dimension, int seed)
    {
        var v = new GaussianSampler(seed).NextVector(dimension);
        Vectors.Scale(1.0 / Vectors.Norm(v), v);
        return v;
    }

    /// <summary>The start vector the options describe.</summary>
    public static double[] For(LanczosOptions options, int dimension)
    {
        if (options.StartVector is null) return Gaussian(dimension, options.Seed);
        var v = options.StartVector.ToArray();
        Vectors.Scale(1.0 / Vectors.Norm(v), v);
        return v;
    }
}
