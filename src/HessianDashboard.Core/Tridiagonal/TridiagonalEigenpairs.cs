namespace HessianDashboard.Core.Tridiagonal;

/// <summary>
/// The spectral data of a symmetric tridiagonal T = Z Λ Zᵀ that Lanczos consumers need, without
/// the full eigenvector matrix Z: the eigenvalues and the first and last rows of Z.
/// </summary>
/// <remarks>
/// Index i is aligned across the three arrays. Each eigenvector z_i is a unit vector, signed so
/// that its first component is positive when that component is nonzero and otherwise its last
/// component is non-negative.
/// </remarks>
/// <param name="Values">λ_1 ≤ … ≤ λ_k, the eigenvalues of T in ascending order.</param>
/// <param name="FirstComponents">
/// z_{1,i} = e_1ᵀ z_i. Their squares are the Gauss-quadrature weights of the spectral measure seen
/// from the Lanczos start vector: v₁ᵀ f(A) v₁ ≈ Σ_i z_{1,i}² f(λ_i).
/// </param>
/// <param name="LastComponents">
/// z_{k,i} = e_kᵀ z_i. The Ritz pair (λ_i, V_k z_i) of a Lanczos run has residual norm
/// ‖A V_k z_i − λ_i V_k z_i‖ = |β_k z_{k,i}|.
/// </param>
public sealed record TridiagonalEigenpairs(double[] Values, double[] FirstComponents, double[] LastComponents);
