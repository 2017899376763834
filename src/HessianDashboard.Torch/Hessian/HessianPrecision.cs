namespace HessianDashboard.Torch.Hessian;

/// <summary>
/// The floating-point type the network's Hessian-vector products are computed in. Vectors handed to
/// and returned from the operator are always float64; in <see cref="Float32"/> mode the direction is
/// rounded to float32 on the way in (relative error ≈ 6e-8 per entry) and chunk results are
/// accumulated in float64.
/// </summary>
public enum HessianPrecision
{
    /// <summary>float64 throughout (the default): products agree with finite differences to ~1e-8 and with closed forms to ~1e-14.</summary>
    Float64,

    /// <summary>float32 products (for large models): expect relative errors around 1e-6–1e-5 (ε₃₂ ≈ 1.2e-7 times the conditioning of the graph).</summary>
    Float32,
}
