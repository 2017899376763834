namespace HessianDashboard.Experiments.Analysis;

/// <summary>The trace estimate with its standard error, and tr(A) = Σλ when the truth is known.</summary>
public sealed record TraceResult(int N, TraceMethod Method, double Estimate, double StandardError, int Samples,
    int OperatorApplications, double? TrueTrace, double Seconds);
