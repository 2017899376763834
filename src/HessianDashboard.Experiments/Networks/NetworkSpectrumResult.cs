using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Experiments.Networks;

/// <summary>The Lanczos spectrum of a network's loss Hessian, with the exact spectrum when it was computed.</summary>
public sealed record NetworkSpectrumResult
{
    public required NetworkManifest Manifest { get; init; }

    /// <summary>n, the parameters the Hessian is over.</summary>
    public required int Dimension { get; init; }

    /// <summary>Mean loss over the Hessian batch, and ‖∇L‖₂ over it.</summary>
    public required double Loss { get; init; }
    public required double GradientNorm { get; init; }

    /// <summary>‖Hv − H_FD v‖/‖Hv‖ for one seeded v, when the finite-difference check was asked for.</summary>
    public double? FiniteDifferenceError { get; init; }

    /// <summary>Ritz values, residual bounds, weights, α/β; Truth, converged and ghost counts when the exact spectrum is known.</summary>
    public required LanczosRunResult Lanczos { get; init; }

    /// <summary>Exact eigenvalues ascending (null unless requested), max|H − Hᵀ| before symmetrising, and rows reused from the row file.</summary>
    public double[]? ExactEigenvalues { get; init; }
    public double? ExactAsymmetry { get; init; }
    public int? ExactRowsResumed { get; init; }

    /// <summary>True when the exact spectrum came from the artifact store (computed by an earlier run of the same Hessian).</summary>
    public bool ExactReused { get; init; }

    /// <summary>
    /// True when the Lanczos run came from the artifact store (an earlier run on the same Hessian with the same Lanczos
    /// options): its steps were replayed, not recomputed, and its timings (<see cref="LanczosSeconds"/>,
    /// <see cref="SecondsPerProduct"/>) are the ones measured when it was computed.
    /// </summary>
    public bool LanczosReused { get; init; }

    /// <summary>
    /// Wall times: data loading, setup (model, building the gradient graph with the determinism check — or only hashing
    /// the batch when everything was reused), Lanczos (of the original run when reused), exact Hessian rows, eigen-decomposition.
    /// </summary>
    public required double DataSeconds { get; init; }
    public required double SetupSeconds { get; init; }
    public required double LanczosSeconds { get; init; }
    public double? ExactSeconds { get; init; }

    /// <summary>
    /// Untimed Hessian-vector products done on the operator before the Lanczos run (0: none, or the run was reused)
    /// and their wall time: one-off costs of a new batch shape that <see cref="LanczosSeconds"/> therefore excludes.
    /// </summary>
    public int WarmupProducts { get; init; }
    public double? WarmupSeconds { get; init; }
    public double? EigenSeconds { get; init; }

    /// <summary>Mean wall time of one Hessian-vector product during Lanczos.</summary>
    public double SecondsPerProduct => Lanczos.Iterations == 0 ? double.NaN : Lanczos.OperatorSeconds / Lanczos.Iterations;
}
