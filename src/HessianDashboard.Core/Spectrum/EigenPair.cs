namespace HessianDashboard.Core.Spectrum;

/// <summary>
/// One approximate eigenpair (λ, x) of a symmetric operator A with ‖x‖₂ = 1 and λ = xᵀAx (the
/// Rayleigh quotient of x).
/// </summary>
/// <param name="Value">λ, the Rayleigh quotient xᵀAx.</param>
/// <param name="Vector">x, unit 2-norm. Its sign is arbitrary (for λ &lt; 0 it flips every iteration).</param>
/// <param name="Iterations">Operator applications spent on this pair.</param>
/// <param name="Residual">
/// ‖Ax − λx‖₂ measured against A itself, not the deflated operator. For pairs after the first it
/// also carries the error inherited from the earlier vectors (of the order of their residuals), so
/// it can exceed tol·|λ| even when <paramref name="Converged"/> is true.
/// </param>
/// <param name="Converged">Whether the stopping criterion was met (false at MaxIterations, cancellation or a non-finite stop).</param>
public sealed record EigenPair(double Value, double[] Vector, int Iterations, double Residual, bool Converged);
