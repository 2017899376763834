namespace HessianDashboard.Core.Synthetic;

/// <summary>The four eigenvalue distributions of thesis §3.3 (synthetic spectra).</summary>
public enum SpectrumKind
{
    /// <summary>λ_i ~ N(0, 1) independently.</summary>
    Gaussian,

    /// <summary>λ_i ~ U[Lower, Upper) independently.</summary>
    Uniform,

    /// <summary>A few well-separated Gaussian clusters (bands) of equal size.</summary>
    Banded,

    /// <summary>A Hessian-like spectrum: an N(0, 1) bulk, exact zeros and a few well-separated outliers.</summary>
    Custom,
}
