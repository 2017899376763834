namespace HessianDashboard.Torch.Data.Text;

/// <summary>
/// Seeded random blocks of a corpus split, as nanoGPT's <c>get_batch</c>: every offset is drawn independently and
/// uniformly from [0, L − T − 1] (L = tokens in the split, T = block length), block b is x = s[o..o+T), y = s[o+1..o+T+1).
/// Draws come from <see cref="SplitMix64"/>(seed) via <see cref="SplitMix64.NextInt"/>(L − T), so the same seed gives
/// the same offsets everywhere; successive batches continue the same stream.
/// </summary>
public sealed class CharBlockSampler
{
    private readonly CharCorpus _corpus;
    private readonly SplitMix64 _random;

    /// <summary>Creates a sampler; the split must hold at least T + 1 tokens.</summary>
    public CharBlockSampler(CharCorpus corpus, CorpusSplit split, int blockLength, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockLength);
        int length = corpus.Split(split).Length;
        if (length < blockLength + 1)
            throw new ArgumentOutOfRangeException(nameof(blockLength), blockLength, $"The {split} split of '{corpus.Name}' has {length} tokens; a block of {blockLength} needs at least {blockLength + 1}.");
        _corpus = corpus;
        _random = new SplitMix64(seed);
        Split = split;
        BlockLength = blockLength;
        OffsetBound = length - blockLength;
    }

    /// <summary>The split sampled from.</summary>
    public CorpusSplit Split { get; }

    /// <summary>T, tokens per block.</summary>
    public int BlockLength { get; }

    /// <summary>Offsets are drawn from [0, OffsetBound) = [0, L − T − 1].</summary>
    public int OffsetBound { get; }

    /// <summary>The next <paramref name="count"/> offsets of the stream.</summary>
    public int[] NextOffsets(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) offsets[i] = _random.NextInt(OffsetBound);
        return offsets;
    }

    /// <summary>The next batch of <paramref name="count"/> blocks.</summary>
    public CharBatch NextBatch(int count) => Materialize(_corpus, Split, NextOffsets(count), BlockLength);

    /// <summary>Builds the blocks at recorded <paramref name="offsets"/> (e.g. from a run manifest), checking each is in range.</summary>
    public static CharBatch Materialize(CharCorpus corpus, CorpusSplit split, IReadOnlyList<int> offsets, int blockLength)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockLength);
        ReadOnlySpan<int> tokens = corpus.Split(split).Span;
        int[] inputs = new int[offsets.Count * blockLength];
        int[] targets = new int[offsets.Count * blockLength];
        for (int b = 0; b < offsets.Count; b++)
        {
            int o = offsets[b];
            if (o < 0 || o > tokens.Length - blockLength - 1)
                throw new ArgumentOutOfRangeException(nameof(offsets), o, $"Offset {o} of block {b} is outside [0, {tokens.Length - blockLength - 1}] for blocks of {blockLength} in the {split} split ({tokens.Length} tokens).");
            tokens.Slice(o, blockLength).CopyTo(inputs.AsSpan(b * blockLength));
            tokens.Slice(o + 1, blockLength).CopyTo(targets.AsSpan(b * blockLength));
        }
        return new CharBatch(inputs, targets, [.. offsets], blockLength);
    }
}
