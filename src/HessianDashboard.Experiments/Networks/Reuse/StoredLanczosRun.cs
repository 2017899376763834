using HessianDashboard.Core.Spectrum;

namespace HessianDashboard.Experiments.Networks.Reuse;

/// <summary>
/// A finished Lanczos run on one network Hessian, as <see cref="NetworkArtifactStore"/> keeps it: the Hessian's
/// fingerprint and every <see cref="LanczosOptions"/> setting (together the store key), Core's result (α, β, Ritz
/// values, first components, timings) and every step as Lanczos reported it, so a reuse can replay the steps to a live
/// ladder. Loss and ‖∇L‖ over the Hessian batch are kept too: they are functions of the same fingerprint (parameters,
/// batch, precision), and keeping them spares the reuse the forward and backward pass.
/// </summary>
public sealed record StoredLanczosRun
{
    /// <summary>The layout version; a file of another version is ignored (and recomputed).</summary>
    public const string CurrentFormat = "lanczos-run/1";

    public string Format { get; init; } = CurrentFormat;

    /// <summary>The Hessian's fingerprint (<see cref="HessianDashboard.Torch.Probing.HessianIdentity.Fingerprint"/>).</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The options of the run: m, reorthogonalisation, start seed or start vector, breakdown tolerance, per-step Ritz values.</summary>
    public required LanczosOptions Options { get; init; }

    /// <summary>Mean loss over the Hessian batch and ‖∇L‖₂ there.</summary>
    public required double Loss { get; init; }
    public required double GradientNorm { get; init; }

    public required LanczosResult Result { get; init; }

    /// <summary>Step k = 1…m as reported during the run (Ritz values and residual bounds of T_k).</summary>
    public required IReadOnlyList<LanczosStep> Steps { get; init; }

    /// <summary>Whether a run with this outcome may be stored: it ran to its end (all m steps, or a breakdown that ends it), not cancelled.</summary>
    public static bool IsFinished(LanczosStatus status) => status is LanczosStatus.Completed or LanczosStatus.Breakdown;
}
