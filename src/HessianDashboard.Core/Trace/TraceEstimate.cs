namespace HessianDashboard.Core.Trace;

/// <summary>A stochastic estimate of tr(A).</summary>
/// <param name="Estimate">The estimate of tr(A); NaN when no sample completed (cancelled early) or the operator returned a non-finite value.</param>
/// <param name="StandardError">
/// Sample standard deviation of the Hutchinson samples divided by √s: an estimate of the standard
/// deviation of <paramref name="Estimate"/> (itself noisy for small s; it can be 0 by luck or
/// structure). NaN when s &lt; 2.
/// </param>
/// <param name="Samples">s, the number of Hutchinson samples averaged (for Hutch++ only those of the residual part).</param>
/// <param name="OperatorApplications">Products A·x spent in total.</param>
public sealed record TraceEstimate(double Estimate, double StandardError, int Samples, int OperatorApplications)
{
    /// <summary>True when the cancellation token stopped the run before the budget was spent; the fields describe what was done.</summary>
    public bool Cancelled { get; init; }
}
