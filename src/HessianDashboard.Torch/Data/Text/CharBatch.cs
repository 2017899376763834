namespace HessianDashboard.Torch.Data.Text;

/// <summary>
/// <see cref="Count"/> blocks of <see cref="BlockLength"/> tokens, row-major: block b is
/// x = tokens[o_b .. o_b + T) and y = tokens[o_b + 1 .. o_b + T + 1) of its split (y is x shifted by one).
/// </summary>
/// <param name="Inputs">Count × BlockLength input tokens.</param>
/// <param name="Targets">Count × BlockLength next-token targets.</param>
/// <param name="Offsets">The block offsets o_b within the split.</param>
/// <param name="BlockLength">T, tokens per block.</param>
public sealed record CharBatch(int[] Inputs, int[] Targets, int[] Offsets, int BlockLength)
{
    /// <summary>Number of blocks.</summary>
    public int Count => Offsets.Length;
}
