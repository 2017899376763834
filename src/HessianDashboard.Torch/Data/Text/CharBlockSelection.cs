namespace HessianDashboard.Torch.Data.Text;

/// <summary>
/// A recorded, reproducible choice of blocks — what a run manifest stores for its Hessian batch. The offsets are
/// the first <see cref="Count"/> draws of <see cref="CharBlockSampler"/>(seed), so they can be recomputed from
/// (Seed, Count, BlockLength, Split) and checked, or used directly with <see cref="CharBlockSampler.Materialize"/>.
/// </summary>
/// <param name="Seed">SplitMix64 seed.</param>
/// <param name="Count">Number of blocks.</param>
/// <param name="BlockLength">T, tokens per block.</param>
/// <param name="Split">The split the offsets index into.</param>
/// <param name="Offsets">Block offsets in [0, len(split) − T − 1].</param>
public sealed record CharBlockSelection(ulong Seed, int Count, int BlockLength, CorpusSplit Split, int[] Offsets)
{
    /// <summary>Selects <paramref name="count"/> blocks of <paramref name="blockLength"/> tokens from <paramref name="split"/> with <paramref name="seed"/>.</summary>
    public static CharBlockSelection Create(CharCorpus corpus, CorpusSplit split, ulong seed, int count, int blockLength)
    {
        var sampler = new CharBlockSampler(corpus, split, blockLength, seed);
        return new CharBlockSelection(seed, count, blockLength, split, sampler.NextOffsets(count));
    }

    /// <summary>The blocks of this selection.</summary>
    public CharBatch Materialize(CharCorpus corpus) => CharBlockSampler.Materialize(corpus, Split, Offsets, BlockLength);
}
