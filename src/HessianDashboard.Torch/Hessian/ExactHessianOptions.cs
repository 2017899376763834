namespace HessianDashboard.Torch.Hessian;

/// <summary>How <see cref="ExactHessian"/> computes and checkpoints the rows of H.</summary>
public sealed record ExactHessianOptions
{
    /// <summary>
    /// A binary file of raw rows (n little-endian float64 each, unsymmetrised) with a JSON sidecar
    /// <c>&lt;RowFile&gt;.json</c> (n, precision, fingerprint, rows complete). When it exists the run
    /// resumes after its last complete row; a mismatching sidecar is refused. Null: no checkpointing.
    /// </summary>
    public string? RowFile { get; init; }

    /// <summary>Identifies model, parameters and batch; required with <see cref="RowFile"/> (see <see cref="HessianVectorProduct.Fingerprint"/>).</summary>
    public string? Fingerprint { get; init; }

    /// <summary>The precision of the products, recorded in and checked against the sidecar.</summary>
    public HessianPrecision Precision { get; init; } = HessianPrecision.Float64;

    /// <summary>Rows written per block (0 = about 8 MB of rows per block).</summary>
    public int BlockRows { get; init; }

    internal int EffectiveBlockRows(int n) => BlockRows > 0 ? BlockRows : Math.Max(1, (8 << 20) / (8 * n));
}
