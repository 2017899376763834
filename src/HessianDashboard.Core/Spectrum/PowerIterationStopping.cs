namespace HessianDashboard.Core.Spectrum;

/// <summary>
/// When <see cref="PowerIteration"/> accepts the current pair (λ, x) with ‖x‖ = 1 and λ = xᵀAx.
/// r denotes the residual of the deflated operator, ‖P(Ax) − λx‖ with P = I − Σ u_j u_jᵀ over the
/// pairs found before (P = I for the first pair). In every mode the run also stops at
/// <see cref="PowerIterationOptions.MaxIterations"/>, then with the pair marked not converged.
/// </summary>
public enum PowerIterationStopping
{
    /// <summary>r ≤ tol·|λ|. Controls the eigenvector: sin∠(x, u) ≲ r / gap.</summary>
    Residual,

    /// <summary>
    /// |λ_k − λ_{k−1}| ≤ tol·|λ_k| (never on the first iteration). For symmetric A the Rayleigh
    /// quotient converges twice as fast as the vector, so this can stop with a vector accurate only
    /// to about √tol. The remaining error in λ is about the last change times 1/(1 − ρ²), ρ the
    /// convergence ratio, so it can exceed tol·|λ| when ρ is close to 1.
    /// </summary>
    EigenvalueChange,

    /// <summary>Both <see cref="Residual"/> and <see cref="EigenvalueChange"/> hold.</summary>
    Both,

    /// <summary>Either <see cref="Residual"/> or <see cref="EigenvalueChange"/> holds.</summary>
    Either,
}
