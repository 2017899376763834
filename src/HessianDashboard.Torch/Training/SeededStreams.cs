using HessianDashboard.Torch.Data.Text;

namespace HessianDashboard.Torch.Training;

/// <summary>
/// Independent, reproducible random streams derived from one run seed with the data layer's
/// <see cref="SplitMix64"/>: one per MLP epoch (shuffle), one for nanoGPT's training batches and
/// one per split and evaluation.
/// </summary>
internal static class SeededStreams
{
    /// <summary>The seed of sub-stream <paramref name="stream"/> of <paramref name="seed"/>: a SplitMix64 output of the mixed pair.</summary>
    public static ulong Derive(long seed, long stream) =>
        new SplitMix64((ulong)seed ^ (0xD1B54A32D192ED03UL * (ulong)(stream + 1))).NextUInt64();

    /// <summary>A Fisher–Yates permutation of 0 … n − 1 drawn from SplitMix64(<paramref name="seed"/>).</summary>
    public static int[] Permutation(ulong seed, int n)
    {
        var random = new SplitMix64(seed);
        int[] order = Enumerable.Range(0, n).ToArray();
        for (int i = n - 1; i > 0; i--)
        {
            int j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
