using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Analysis;

/// <summary>The k eigenvalues largest in magnitude by deflated power iteration (PyHessian's <c>eigenvalues(top_n)</c>).</summary>
public sealed record TopEigenvaluesRequest : IExperimentRequest
{
    public required MatrixSource Source { get; init; }
    public int Count { get; init; } = 1;
    public int MaxIterations { get; init; } = 1000;
    public double Tolerance { get; init; } = 1e-8;
    public int Seed { get; init; }

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(Source?.Validate() ?? ["A matrix source is required."]);
        if (Count < 1) errors.Add($"Count must be at least 1, got {Count}.");
        errors.AddRange(RequestBounds.AtMost("Count", Count, RequestBounds.MaxLanczosIterations));
        if (Source?.Synthetic is { } s && Count > s.N) errors.Add($"Count ({Count}) cannot exceed n = {s.N}.");
        if (MaxIterations is < 1 or > 1_000_000) errors.Add($"MaxIterations must lie in [1, 1000000], got {MaxIterations}.");
        if (!(Tolerance > 0 && Tolerance < 1)) errors.Add($"Tolerance must lie in (0, 1), got {Tolerance}.");
        return errors;
    }
}
