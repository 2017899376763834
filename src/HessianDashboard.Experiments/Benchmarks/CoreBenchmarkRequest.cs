using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Benchmarks;

/// <summary>Size and repeats of <see cref="CoreBenchmark"/> (the goals are stated at n = m = 1000).</summary>
public sealed record CoreBenchmarkRequest : IExperimentRequest
{
    public int N { get; init; } = 1000;

    public int Repeats { get; init; } = 3;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (N < 20 || N > MatrixSource.MaxDenseDimension) errors.Add($"n must lie in [20, {MatrixSource.MaxDenseDimension}], got {N}.");
        if (Repeats is < 1 or > 100) errors.Add($"Repeats must lie in [1, 100], got {Repeats}.");
        return errors;
    }
}
