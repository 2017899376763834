namespace HessianDashboard.Experiments.Chapter4;

/// <summary>The outliers <see cref="OutlierRule"/> finds above the bulk, against Sagun et al.'s C − 1.</summary>
/// <param name="Count">r, the number of outliers (the r largest eigenvalues).</param>
/// <param name="Expected">C − 1 for C classes.</param>
/// <param name="BulkCentre">c, the median of the spectrum.</param>
/// <param name="BulkEdge">λ_{r+1}, the largest bulk eigenvalue.</param>
/// <param name="Outliers">λ_1 ≥ … ≥ λ_r.</param>
/// <param name="Candidates">λ_1 ≥ … ≥ λ_{K+1}, the values the rule looked at (the zoom on the top of the spectrum).</param>
/// <param name="GapRatios">(λ_i − c)/(λ_{i+1} − c) for i = 1…K (NaN where λ_{i+1} ≤ c).</param>
public sealed record OutlierAnalysis(int Count, int Expected, double BulkCentre, double BulkEdge, double[] Outliers, double[] Candidates, double[] GapRatios);
