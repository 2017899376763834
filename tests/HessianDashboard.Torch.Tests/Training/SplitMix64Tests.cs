using HessianDashboard.Torch.Training;

namespace HessianDashboard.Torch.Tests.Training;

public sealed class SplitMix64Tests
{
    [Fact]
    public void Next_ReferenceSeeds_MatchVignasSplitmix64C()
    {
        new SplitMix64(0).Next().ShouldBe(0xE220A8397B1DCDAFUL);
        var generator = new SplitMix64(1234567);
        generator.Next().ShouldBe(6457827717110365317UL);
        generator.Next().ShouldBe(3203168211198807973UL);
    }

    [Fact]
    public void Permutation_Seeded_IsAPermutationAndReproducible()
    {
        int[] a = SplitMix64.ForStream(5, 3).Permutation(100);
        a.Order().ShouldBe(Enumerable.Range(0, 100));
        SplitMix64.ForStream(5, 3).Permutation(100).ShouldBe(a);
        SplitMix64.ForStream(5, 4).Permutation(100).ShouldNotBe(a);
    }

    [Fact]
    public void NextBelow_SmallBound_CoversAllValuesRoughlyUniformly()
    {
        var generator = new SplitMix64(9);
        var counts = new int[7];
        for (int i = 0; i < 70_000; i++) counts[generator.NextBelow(7)]++;
        counts.ShouldAllBe(c => Math.Abs(c - 10_000) < 500); // > 5 standard deviations
    }
}
