namespace HessianDashboard.Torch.Training;

/// <summary>
/// Steele, Lea and Flood's SplitMix64: a 64-bit state advanced by the golden-ratio increment and
/// finalised by two xor-shift-multiplies. Fully specified, so shuffles and block offsets are the
/// same on every platform and .NET version.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, <paramref name="bound"/>) by Lemire's multiply-shift with rejection (unbiased).</summary>
    public long NextBelow(long bound)
    {
        if (bound <= 0) throw new ArgumentOutOfRangeException(nameof(bound), bound, "The bound must be positive.");
        ulong b = (ulong)bound;
        ulong threshold = (0 - b) % b;
        while (true)
        {
            UInt128 product = (UInt128)Next() * b;
            if ((ulong)product >= threshold) return (long)(ulong)(product >> 64);
        }
    }

    /// <summary>A seeded Fisher–Yates permutation of 0 … n − 1.</summary>
    public int[] Permutation(int n)
    {
        int[] order = Enumerable.Range(0, n).ToArray();
        for (int i = n - 1; i > 0; i--)
        {
            int j = (int)NextBelow(i + 1L);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    /// <summary>A stream for sub-task <paramref name="stream"/> of seed <paramref name="seed"/> (e.g. one per epoch).</summary>
    public static SplitMix64 ForStream(long seed, long stream) =>
        new(new SplitMix64((ulong)seed ^ (0xD1B54A32D192ED03UL * (ulong)(stream + 1))).Next());
}
