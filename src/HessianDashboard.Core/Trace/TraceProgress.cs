namespace HessianDashboard.Core.Trace;

/// <summary>A report after each operator application of a trace estimator.</summary>
/// <param name="OperatorApplications">Applications done so far (for Hutchinson, the samples done).</param>
/// <param name="Budget">Applications the run will spend when not cancelled.</param>
/// <param name="RunningEstimate">The estimate from the samples so far; NaN while Hutch++ is still building its sketch.</param>
public readonly record struct TraceProgress(int OperatorApplications, int Budget, double RunningEstimate);
