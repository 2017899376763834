using HessianDashboard.Core.Trace;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Analysis;

/// <summary>Which stochastic trace estimator to use.</summary>
public enum TraceMethod { Hutchinson, HutchPlusPlus }

/// <summary>tr(A) from a budget of operator products (PyHessian's <c>trace()</c> is Hutchinson with Rademacher probes).</summary>
public sealed record TraceRequest : IExperimentRequest
{
    public required MatrixSource Source { get; init; }
    public TraceMethod Method { get; init; } = TraceMethod.Hutchinson;
    public int Budget { get; init; } = 100;
    public ProbeDistribution Probes { get; init; } = ProbeDistribution.Rademacher;
    public int Seed { get; init; }

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(Source?.Validate() ?? ["A matrix source is required."]);
        int minimum = Method == TraceMethod.HutchPlusPlus ? 3 : 1;
        if (Budget < minimum || Budget > 1_000_000) errors.Add($"The budget must lie in [{minimum}, 1000000] operator products, got {Budget}.");
        if (!Enum.IsDefined(Method)) errors.Add($"Unknown trace method {Method}.");
        if (!Enum.IsDefined(Probes)) errors.Add($"Unknown probe distribution {Probes}.");
        return errors;
    }
}
