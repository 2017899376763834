namespace HessianDashboard.Core.Density;

/// <summary>
/// The m-point Gauss quadrature rule of the spectral measure μ_v = Σ_j (u_jᵀv)² δ(λ_j) seen from a
/// unit vector v: nodes θ_i are the Ritz values of T_m and weights τ_i = s_{1,i}² the squared first
/// components of its eigenvectors. Σ τ_i = 1 and Σ τ_i θ_iᵏ = vᵀAᵏv exactly for k ≤ 2m − 1.
/// </summary>
/// <param name="Nodes">θ_1 ≤ … ≤ θ_m.</param>
/// <param name="Weights">τ_i ≥ 0, summing to 1.</param>
public sealed record QuadratureRule(double[] Nodes, double[] Weights)
{
    /// <summary>Σ τ_i f(θ_i), the quadrature estimate of vᵀ f(A) v.</summary>
    public double Integrate(Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        double sum = 0;
        for (int i = 0; i < Nodes.Length; i++) sum += Weights[i] * f(Nodes[i]);
        return sum;
    }
}
