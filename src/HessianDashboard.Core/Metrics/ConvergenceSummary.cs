namespace HessianDashboard.Core.Metrics;

/// <summary>The outcome of <see cref="ConvergenceCount.Count"/>.</summary>
/// <param name="Converged">The number of true eigenvalues matched one-to-one by a Ritz value within ε.</param>
/// <param name="Ghosts">The number of Ritz values within ε of some true eigenvalue that were left unmatched
/// because every true eigenvalue they are near is already matched (extra copies).</param>
/// <param name="MatchedTrueIndices">The matched true eigenvalues as ascending indices into the caller's array.</param>
public sealed record ConvergenceSummary(int Converged, int Ghosts, int[] MatchedTrueIndices);
