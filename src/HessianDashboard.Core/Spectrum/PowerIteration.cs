using HessianDashboard.Core.Operators;

namespace HessianDashboard.Core.Spectrum;

/// <summary>
/// The power method (thesis §2.2, Algorithm 1) with deflation: the k eigenpairs of a symmetric
/// operator A that are largest in magnitude, one after the other.
/// </summary>
/// <remarks>
/// <para>
/// Pair j starts from a seeded Gaussian vector and iterates x ← P·A·x / ‖P·A·x‖ with
/// P = I − Σ_{i&lt;j} u_i u_iᵀ, the projector onto the complement of the vectors already found
/// (Hotelling-style deflation done by projection: for symmetric A and exact eigenvectors u_i this
/// is the power method on A − Σ λ_i u_i u_iᵀ restricted to that complement). The projection runs
/// twice per step (classical Gram–Schmidt twice) so the vectors stay orthogonal to working precision.
/// </para>
/// <para>
/// Each step costs exactly one operator application: y = A·x gives λ = xᵀy (the Rayleigh quotient,
/// ‖x‖ = 1), the residual y − λx and the next iterate P·y. The error in the direction of the j-th
/// eigenvector decays like |λ_{j+1}/λ_j|^k after k steps, so close or equal magnitudes (including
/// ±λ pairs) converge slowly or not at all; the run then stops at MaxIterations with the pair marked
/// not converged, deflates that estimate anyway and goes on with the next pair.
/// </para>
/// <para>
/// Caveats: errors in earlier vectors propagate to later pairs (see <see cref="EigenPair.Residual"/>);
/// a start vector with no component along an eigenvector never finds it (probability zero for a
/// Gaussian start, but rounding can recover it slowly). Lanczos is far more efficient for several pairs.
/// </para>
/// </remarks>
public static class PowerIteration
{
    /// <summary>
    /// Computes <see cref="PowerIterationOptions.Count"/> eigenpairs of <paramref name="op"/> by
    /// decreasing |λ|. Never throws once the arguments are validated: a non-finite operator output
    /// or a cancellation ends the run with the corresponding <see cref="PowerIterationStatus"/>.
    /// </summary>
    /// <param name="op">The symmetric operator A.</param>
    /// <param name="options">Options (defaults when null); validated against A's dimension.</param>
    /// <param name="progress">Called after every step, on the calling thread.</param>
    /// <param name="cancellationToken">Checked before every operator application.</param>
    /// <exception cref="ArgumentException">The options are invalid for this operator.</exception>
    public static PowerIterationResult Run(
        ISymmetricOperator op,
        PowerIterationOptions? options = null,
        Action<PowerIterationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(op);
        options ??= new PowerIterationOptions();
        options.Validate(op.Dimension);
        return new DeflatedPowerSolver(op, options, progress, cancellationToken).Run();
    }
}
