namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>
/// A linear axis range with round ticks: [Min, Max] in <see cref="Ticks"/> steps of 1, 2, 2.5 or 5 × 10ᵏ, so labels
/// read 0.20, 0.40 … rather than the odd values ApexCharts spreads between arbitrary bounds.
/// </summary>
internal readonly record struct NiceRange(double Min, double Max, double Step, int Ticks)
{
    private static readonly double[] Factors = [1, 2, 2.5, 5, 10];

    /// <summary>The round range around <paramref name="values"/> in about <paramref name="target"/> steps.</summary>
    public static NiceRange Around(IReadOnlyCollection<double> values, int target = 4)
    {
        ArgumentNullException.ThrowIfNull(values);
        double lo = values.Count == 0 ? 0 : values.Min(), hi = values.Count == 0 ? 1 : values.Max();
        double span = hi - lo;
        if (!(span > 0))
        {
            double half = Math.Max(Math.Abs(lo), 1e-12); // all values equal: a range around them
            (lo, hi, span) = (lo - half, hi + half, 2 * half);
        }
        double raw = span / target, magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = Factors.Select(f => f * magnitude).First(s => s >= raw * (1 - 1e-12));
        double min = Math.Floor(lo / step + 1e-9) * step, max = Math.Ceiling(hi / step - 1e-9) * step; // 1.1 / 0.1 is 11.000000000000002
        return new NiceRange(min, max, step, Math.Max(1, (int)Math.Round((max - min) / step)));
    }
}
