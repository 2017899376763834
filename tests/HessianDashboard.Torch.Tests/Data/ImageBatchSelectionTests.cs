using HessianDashboard.Torch.Data;

namespace HessianDashboard.Torch.Tests.Data;

public sealed class ImageBatchSelectionTests
{
    [Fact]
    public void Create_SameSeed_SameSortedDistinctIndicesInRange()
    {
        var a = ImageBatchSelection.Create(10_000, 1000, seed: 7);
        var b = ImageBatchSelection.Create(10_000, 1000, seed: 7);
        a.Indices.ShouldBe(b.Indices);
        a.Size.ShouldBe(1000);
        a.Indices.Distinct().Count().ShouldBe(1000);
        a.Indices.ShouldBeInOrder(SortDirection.Ascending);
        a.Indices.ShouldAllBe(i => i >= 0 && i < 10_000);
        a.IsFull.ShouldBeFalse();
    }

    [Fact]
    public void Create_DifferentSeeds_DifferentBatches()
    {
        ImageBatchSelection.Create(10_000, 100, 1).Indices.ShouldNotBe(ImageBatchSelection.Create(10_000, 100, 2).Indices);
    }

    [Fact]
    public void Create_NullOrOversizedBatch_IsTheFullSetInOrder()
    {
        var full = ImageBatchSelection.Create(50, null, 3);
        full.IsFull.ShouldBeTrue();
        full.Indices.ShouldBe(Enumerable.Range(0, 50).ToArray());
        ImageBatchSelection.Create(50, 80, 3).Indices.ShouldBe(full.Indices);
    }

    [Fact]
    public void Create_UniformOverManyDraws_EverySampleEquallyLikely()
    {
        // 20,000 batches of 5 from 10: each index is drawn with probability 1/2; the count is Binomial(20000, 1/2), sd ≈ 71.
        var counts = new int[10];
        for (ulong seed = 0; seed < 20_000; seed++)
            foreach (int i in ImageBatchSelection.Create(10, 5, seed).Indices) counts[i]++;
        counts.ShouldAllBe(c => Math.Abs(c - 10_000) < 500);
    }

    [Fact]
    public void Create_EmptyBatch_IsRejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ImageBatchSelection.Create(10, 0, 1));
        Should.Throw<ArgumentOutOfRangeException>(() => ImageBatchSelection.Create(0, 1, 1));
    }
}
