using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Text;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Torch.Tests.Data.Text;

public sealed class CharBlockSamplerTests
{
    private static readonly CharCorpus Small = CharCorpusReader.FromText(
        string.Concat(Enumerable.Range(0, 500).Select(i => (char)('a' + i * 7 % 26))), "small");

    [Fact]
    public void NextOffsets_SameSeed_SameOffsetsAndDifferentSeed_DifferentOffsets()
    {
        int[] first = new CharBlockSampler(Small, CorpusSplit.Train, 8, seed: 1).NextOffsets(32);
        int[] again = new CharBlockSampler(Small, CorpusSplit.Train, 8, seed: 1).NextOffsets(32);
        int[] other = new CharBlockSampler(Small, CorpusSplit.Train, 8, seed: 2).NextOffsets(32);

        again.ShouldBe(first);
        other.ShouldNotBe(first);
    }

    [Fact]
    public void NextOffsets_ManyDraws_CoverExactlyTheRangeZeroToLengthMinusTMinusOne()
    {
        var sampler = new CharBlockSampler(Small, CorpusSplit.Validation, blockLength: 10, seed: 5);
        int length = Small.Split(CorpusSplit.Validation).Length; // 50 tokens

        int[] offsets = sampler.NextOffsets(20_000);

        sampler.OffsetBound.ShouldBe(length - 10);
        offsets.Min().ShouldBe(0);
        offsets.Max().ShouldBe(length - 10 - 1);
    }

    [Fact]
    public void NextBatch_Blocks_TargetsAreInputsShiftedByOne()
    {
        var sampler = new CharBlockSampler(Small, CorpusSplit.Train, blockLength: 16, seed: 9);
        ReadOnlySpan<int> tokens = Small.Split(CorpusSplit.Train).Span;

        CharBatch batch = sampler.NextBatch(12);

        batch.Count.ShouldBe(12);
        batch.Inputs.Length.ShouldBe(12 * 16);
        for (int b = 0; b < batch.Count; b++)
        {
            int o = batch.Offsets[b];
            for (int t = 0; t < 16; t++)
            {
                batch.Inputs[b * 16 + t].ShouldBe(tokens[o + t]);
                batch.Targets[b * 16 + t].ShouldBe(tokens[o + t + 1]);
            }
        }
        sampler.NextBatch(12).Offsets.ShouldNotBe(batch.Offsets); // the stream continues
    }

    [Fact]
    public void Selection_RecordedOffsets_RecomputeAndMaterialiseToTheSameBlocks()
    {
        CharBlockSelection selection = CharBlockSelection.Create(Small, CorpusSplit.Train, seed: 77, count: 6, blockLength: 5);
        CharBlockSelection recomputed = CharBlockSelection.Create(Small, CorpusSplit.Train, seed: 77, count: 6, blockLength: 5);

        recomputed.Offsets.ShouldBe(selection.Offsets);
        selection.Offsets.ShouldBe(new CharBlockSampler(Small, CorpusSplit.Train, 5, 77).NextOffsets(6));
        CharBatch fromRecord = CharBlockSampler.Materialize(Small, CorpusSplit.Train, selection.Offsets, 5);
        fromRecord.Inputs.ShouldBe(selection.Materialize(Small).Inputs);
        fromRecord.Targets.ShouldBe(selection.Materialize(Small).Targets);
    }

    [Fact]
    public void Materialize_OffsetOutOfRange_Throws()
    {
        int last = Small.Split(CorpusSplit.Train).Length - 5 - 1;

        CharBlockSampler.Materialize(Small, CorpusSplit.Train, [last], 5).Targets[^1].ShouldBe(Small.Tokens[last + 5]);
        Should.Throw<ArgumentOutOfRangeException>(() => CharBlockSampler.Materialize(Small, CorpusSplit.Train, [last + 1], 5));
        Should.Throw<ArgumentOutOfRangeException>(() => CharBlockSampler.Materialize(Small, CorpusSplit.Train, [-1], 5));
    }

    [Fact]
    public void Constructor_SplitShorterThanBlockPlusOne_Throws()
    {
        CharCorpus tiny = CharCorpusReader.FromText("abcdefghij", "tiny");

        Should.Throw<ArgumentOutOfRangeException>(() => new CharBlockSampler(tiny, CorpusSplit.Train, 9, 0)).Message.ShouldContain("has 9 tokens");
        new CharBlockSampler(tiny, CorpusSplit.Train, 8, 0).NextOffsets(3).ShouldAllBe(o => o == 0);
    }

    [Fact]
    public void NextBatch_TinyShakespeare_BlocksStayWithinTheTrainSplit()
    {
        CharCorpus corpus = CharCorpusReader.Load(SharedData.Require("tinyshakespeare/input.txt"));
        var sampler = new CharBlockSampler(corpus, CorpusSplit.Train, blockLength: 256, seed: 1337);

        CharBatch batch = sampler.NextBatch(64);

        batch.Offsets.ShouldAllBe(o => o >= 0 && o <= corpus.TrainLength - 257);
        batch.Inputs.AsSpan(1, 255).SequenceEqual(batch.Targets.AsSpan(0, 255)).ShouldBeTrue();
    }
}
