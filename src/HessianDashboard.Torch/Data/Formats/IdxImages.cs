namespace HessianDashboard.Torch.Data.Formats;

/// <summary>The content of an IDX image file: <see cref="Count"/> images of <see cref="Rows"/> × <see cref="Columns"/> bytes, row-major.</summary>
/// <param name="Count">Number of images.</param>
/// <param name="Rows">Rows per image (28 for MNIST).</param>
/// <param name="Columns">Columns per image (28 for MNIST).</param>
/// <param name="Pixels">Count × Rows × Columns unsigned bytes, 0 = background.</param>
public sealed record IdxImages(int Count, int Rows, int Columns, byte[] Pixels)
{
    /// <summary>Bytes per image.</summary>
    public int PixelsPerImage => Rows * Columns;
}
