using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Chapter3;

/// <summary>Fig 3.5/3.6: one point per (spectrum, variant, m) with the converged count over the runs.</summary>
public sealed record ConvergenceStudyResult(int N, double Epsilon, ConvergencePoint[] Points);

/// <summary>Converged counts (and ghosts) at m iterations over the runs; <see cref="Counts"/> holds every run's value.</summary>
public sealed record ConvergencePoint(SpectrumKind Spectrum, Reorthogonalization Variant, int Iterations,
    SampleStatistics Converged, SampleStatistics Ghosts, int[] Counts);
