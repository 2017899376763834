namespace HessianDashboard.Torch.Hessian;

/// <summary>Eigenvalues λ₁ ≤ … ≤ λ_n of a symmetric H and, when requested, its eigenvectors.</summary>
/// <param name="Values">Ascending eigenvalues.</param>
/// <param name="Vectors">Row-major n × n; row k (Vectors[k·n .. (k+1)·n)) is the unit eigenvector of Values[k]. Null when not requested.</param>
public sealed record HessianEigenpairs(double[] Values, double[]? Vectors);
