namespace HessianDashboard.Torch.Data.Text;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014; the generator Vigna recommends for seeding xoshiro): state += 0x9E3779B97F4A7C15,
/// then z = state; z = (z ⊕ z≫30)·0xBF58476D1CE4E5B9; z = (z ⊕ z≫27)·0x94D049BB133111EB; output z ⊕ z≫31.
/// Fully specified here, so a seed gives the same stream on every platform and .NET version (unlike <see cref="Random"/>).
/// </summary>
public sealed class SplitMix64
{
    private ulong _state;

    /// <summary>Starts the stream at <paramref name="seed"/>.</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// A uniform integer in [0, <paramref name="bound"/>) without modulo bias: draws r until r ≥ 2⁶⁴ mod bound
    /// (the remaining range is a multiple of bound), then returns r mod bound.
    /// </summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        ulong b = (ulong)bound;
        ulong threshold = (0UL - b) % b;
        while (true)
        {
            ulong r = NextUInt64();
            if (r >= threshold) return (int)(r % b);
        }
    }
}
