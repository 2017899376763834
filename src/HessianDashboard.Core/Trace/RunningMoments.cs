namespace HessianDashboard.Core.Trace;

/// <summary>Mean and sample variance of a stream of numbers by Welford's update (no cancellation for large means).</summary>
internal sealed class RunningMoments
{
    private double _m2;

    public int Count { get; private set; }

    /// <summary>The mean of the values so far (NaN when empty).</summary>
    public double Mean { get; private set; } = double.NaN;

    public void Add(double value)
    {
        Count++;
        if (Count == 1)
        {
            Mean = value;
            return;
        }
        double delta = value - Mean;
        Mean += delta / Count;
        _m2 += delta * (value - Mean);
    }

    /// <summary>√(sample variance / count), the standard error of the mean; NaN for fewer than two values.</summary>
    public double StandardError => Count < 2 ? double.NaN : Math.Sqrt(_m2 / (Count - 1) / Count);
}
