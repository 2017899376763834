using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Chapter3;

/// <summary>Fig 3.2: seconds per (variant, n) and for the tridiagonal eigensolve per n.</summary>
public sealed record RuntimeStudyResult(RuntimePoint[] Lanczos, EigensolvePoint[] Eigensolve);

/// <summary>Lanczos wall time for one variant at one size, over the repeats.</summary>
public sealed record RuntimePoint(Reorthogonalization Variant, int N, SampleStatistics Seconds);

/// <summary>Wall time of eigenvalues + end components of T_n, over the repeats.</summary>
public sealed record EigensolvePoint(int N, SampleStatistics Seconds);
