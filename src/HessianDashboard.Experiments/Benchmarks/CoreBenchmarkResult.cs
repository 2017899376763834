namespace HessianDashboard.Experiments.Benchmarks;

/// <summary>The benchmark's rows; <see cref="OperatorSeconds"/> is the baseline of one dense A·v.</summary>
public sealed record CoreBenchmarkResult(int N, int Repeats, double OperatorSeconds, BenchmarkRow[] Rows);

/// <summary>
/// One ratio: <see cref="Measured"/> / <see cref="Baseline"/> (seconds, or a ratio already formed with Baseline = 1), with the goal <see cref="Limit"/>
/// (NaN: report only). When <see cref="HigherIsBetter"/> the goal is ratio ≥ limit, otherwise ratio ≤ limit.
/// </summary>
public sealed record BenchmarkRow(string Name, double Measured, double Baseline, double Limit, bool HigherIsBetter)
{
    public double Ratio => Measured / Baseline;

    /// <summary>Best wall time of the measured work, when the row is a ratio of paired measurements.</summary>
    public double? Seconds { get; init; }

    /// <summary>Whether the goal is met (null when there is no goal).</summary>
    public bool? MeetsGoal => double.IsNaN(Limit) ? null : HigherIsBetter ? Ratio >= Limit : Ratio <= Limit;
}
