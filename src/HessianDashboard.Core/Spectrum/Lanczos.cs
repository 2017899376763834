using HessianDashboard.Core.Operators;

namespace HessianDashboard.Core.Spectrum;

/// <summary>
/// The Lanczos algorithm for a symmetric operator A: builds an orthonormal Krylov basis
/// V_m = [v_1 … v_m] and the tridiagonal T_m = V_mᵀ A V_m whose eigenvalues (Ritz values)
/// approximate those of A, extreme ones first. Variants: no, full, double and selective
/// reorthogonalisation (thesis Algorithms 2–4; Simon 1984). See docs/algorithms/lanczos.md.
/// </summary>
/// <remarks>
/// Cost per step: one operator application, O(n) for the recurrence, plus 2·k·n multiply-adds per
/// Gram–Schmidt pass (Full: one pass, Double: two, Selective: only at the steps that need it),
/// plus O(k²) when Ritz values are reported every step. Everything is float64.
/// </remarks>
public static class Lanczos
{
    /// <summary>
    /// Runs Lanczos on <paramref name="op"/>. Invalid options throw <see cref="ArgumentException"/>
    /// before any work; everything that happens during the run (breakdown, non-finite values,
    /// cancellation) ends it with a status and keeps the completed steps.
    /// </summary>
    /// <param name="op">The symmetric operator A.</param>
    /// <param name="options">Iterations, variant, start vector and what to observe.</param>
    /// <param name="onStep">Called synchronously after every step (on the computing thread); keep it cheap.</param>
    /// <param name="cancellationToken">Stops the run between steps.</param>
    public static LanczosResult Run(ISymmetricOperator op, LanczosOptions options,
        Action<LanczosStep>? onStep = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(op.Dimension);
        return new LanczosIteration(op, options, onStep).Execute(cancellationToken);
    }

    /// <summary>Runs <see cref="Run"/> on the thread pool so a caller's thread (a UI, a hub) stays free.</summary>
    public static Task<LanczosResult> RunAsync(ISymmetricOperator op, LanczosOptions options,
        Action<LanczosStep>? onStep = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(op.Dimension);
        return Task.Run(() => new LanczosIteration(op, options, onStep).Execute(cancellationToken), CancellationToken.None);
    }
}
