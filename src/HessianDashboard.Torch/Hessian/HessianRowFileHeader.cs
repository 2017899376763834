namespace HessianDashboard.Torch.Hessian;

/// <summary>The JSON sidecar of a Hessian row file.</summary>
internal sealed record HessianRowFileHeader(string Format, int Dimension, string Precision, string Fingerprint, int RowsComplete)
{
    public const string CurrentFormat = "hessian-rows/1 (float64 little-endian, row-major, unsymmetrised)";
}
