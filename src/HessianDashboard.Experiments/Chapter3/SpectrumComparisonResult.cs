using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Experiments.Chapter3;

/// <summary>
/// The truth (ascending; empty when unknown, e.g. a Matrix Market file read without its dense eigendecomposition) and,
/// per variant, its run and (optionally) its Ritz ladder: Ladder[k−1] = Ritz values of T_k, ascending.
/// </summary>
public sealed record SpectrumComparisonResult(double[] Truth, VariantRun[] Runs);

/// <summary>One variant's run in a comparison.</summary>
public sealed record VariantRun(Reorthogonalization Variant, LanczosRunResult Run, double[][]? Ladder);
