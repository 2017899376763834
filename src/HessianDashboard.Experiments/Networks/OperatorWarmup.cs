using System.Diagnostics;
using HessianDashboard.Core.Operators;

namespace HessianDashboard.Experiments.Networks;

/// <summary>
/// Untimed products before a timed Lanczos run. The first Hessian-vector products on a new batch shape pay one-off
/// costs (TorchSharp kernel selection and warm-up, the graph's first allocations) that later products do not — a
/// first run measured 8.2 s against 2.6 s for its repeat — so a timing that includes them is biased. The products
/// use a seeded random direction; their results are discarded.
/// </summary>
internal static class OperatorWarmup
{
    /// <summary>Applies <paramref name="op"/> <paramref name="products"/> times (none when ≤ 0); returns the seconds they took.</summary>
    public static double Run(ISymmetricOperator op, int products, int seed)
    {
        ArgumentNullException.ThrowIfNull(op);
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var x = new double[op.Dimension];
        var y = new double[op.Dimension];
        for (int p = 0; p < products; p++)
        {
            for (int i = 0; i < x.Length; i++) x[i] = random.NextDouble() - 0.5;
            op.Apply(x, y);
        }
        return clock.Elapsed.TotalSeconds;
    }
}
