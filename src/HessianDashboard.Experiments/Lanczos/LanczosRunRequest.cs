using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Lanczos;

/// <summary>One Lanczos run on a matrix source (what <c>hessian lanczos</c> and the lab's run button submit).</summary>
public sealed record LanczosRunRequest : IExperimentRequest
{
    public required MatrixSource Source { get; init; }

    public Reorthogonalization Variant { get; init; } = Reorthogonalization.Full;

    /// <summary>m; null means m = n.</summary>
    public int? Iterations { get; init; }

    /// <summary>Seed of the start vector.</summary>
    public int StartSeed { get; init; }

    /// <summary>ε of the converged count.</summary>
    public double Epsilon { get; init; } = 1e-5;

    /// <summary>Report the Ritz values at every step (the ladder).</summary>
    public bool RitzValuesEachStep { get; init; } = true;

    /// <summary>Track max|VᵀV − I| each step.</summary>
    public bool TrackOrthogonality { get; init; } = true;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(Source?.Validate() ?? ["A matrix source is required."]);
        if (!Enum.IsDefined(Variant)) errors.Add($"Unknown variant {Variant}.");
        if (Iterations is < 1) errors.Add($"Iterations must be at least 1, got {Iterations}.");
        errors.AddRange(RequestBounds.AtMost("Iterations", Iterations, RequestBounds.MaxLanczosIterations));
        if (Iterations is { } m && Source?.Synthetic is { } s && m > s.N)
            errors.Add($"Iterations m = {m} cannot exceed n = {s.N}.");
        if (!(Epsilon > 0) || !double.IsFinite(Epsilon)) errors.Add($"ε must be a positive number, got {Epsilon}.");
        return errors;
    }
}
