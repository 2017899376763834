namespace HessianDashboard.Experiments.Common;

/// <summary>Mean, sample standard deviation (n − 1), min and max of repeated measurements.</summary>
public sealed record SampleStatistics(double Mean, double StandardDeviation, double Min, double Max, int Count)
{
    public static SampleStatistics Of(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("No values.", nameof(values));
        double mean = values.Average();
        double sd = values.Count > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)) : 0;
        return new SampleStatistics(mean, sd, values.Min(), values.Max(), values.Count);
    }
}
