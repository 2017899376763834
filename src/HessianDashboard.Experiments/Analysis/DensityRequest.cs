using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Analysis;

/// <summary>The SLQ spectral density (PyHessian's <c>density()</c>): n_v Lanczos runs of m steps, smoothed with σ.</summary>
public sealed record DensityRequest : IExperimentRequest
{
    public required MatrixSource Source { get; init; }
    public int StartVectors { get; init; } = 10;
    public int Iterations { get; init; } = 100;

    /// <summary>Kernel width in eigenvalue units; null picks 1 % of the node range.</summary>
    public double? Sigma { get; init; }
    public int GridPoints { get; init; } = 1000;
    public int Seed { get; init; }

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(Source?.Validate() ?? ["A matrix source is required."]);
        if (StartVectors is < 1 or > 10_000) errors.Add($"Start vectors must lie in [1, 10000], got {StartVectors}.");
        if (Iterations < 1) errors.Add($"Iterations must be at least 1, got {Iterations}.");
        errors.AddRange(RequestBounds.AtMost("Iterations", Iterations, RequestBounds.MaxLanczosIterations));
        if (Source?.Synthetic is { } s && Iterations > s.N) errors.Add($"Iterations m = {Iterations} cannot exceed n = {s.N}.");
        if (Sigma is { } sigma && !(sigma > 0 && double.IsFinite(sigma))) errors.Add($"σ must be a positive number, got {sigma}.");
        if (GridPoints is < 2 or > 1_000_000) errors.Add($"Grid points must lie in [2, 1000000], got {GridPoints}.");
        return errors;
    }
}
