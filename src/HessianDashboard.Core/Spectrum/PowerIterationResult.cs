namespace HessianDashboard.Core.Spectrum;

/// <summary>The outcome of a <see cref="PowerIteration"/> run.</summary>
/// <param name="Pairs">
/// The pairs in the order found, i.e. by decreasing |λ| when every pair converged (ties and
/// near-ties may come in either order). Shorter than the requested count when the run was cancelled
/// or hit a non-finite value; the last entry is then the unconverged estimate of the interrupted
/// pair, if it completed at least one iteration.
/// </param>
/// <param name="Status">Why the run ended.</param>
/// <param name="Message">Human-readable detail when <paramref name="Status"/> is not Converged, otherwise null.</param>
/// <param name="OperatorApplications">Total number of products A·x over all pairs.</param>
public sealed record PowerIterationResult(
    EigenPair[] Pairs,
    PowerIterationStatus Status,
    string? Message,
    int OperatorApplications);
