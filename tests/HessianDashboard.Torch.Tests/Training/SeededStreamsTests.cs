using HessianDashboard.Torch.Training;

namespace HessianDashboard.Torch.Tests.Training;

public sealed class SeededStreamsTests
{
    [Fact]
    public void Permutation_Seeded_IsAPermutationAndReproducible()
    {
        int[] a = SeededStreams.Permutation(SeededStreams.Derive(5, 3), 100);
        a.Order().ShouldBe(Enumerable.Range(0, 100));
        SeededStreams.Permutation(SeededStreams.Derive(5, 3), 100).ShouldBe(a);
        SeededStreams.Permutation(SeededStreams.Derive(5, 4), 100).ShouldNotBe(a);
    }

    [Fact]
    public void Derive_DifferentStreamsOrSeeds_GiveDifferentSeeds()
    {
        var seeds = new HashSet<ulong>();
        for (long seed = 0; seed < 20; seed++)
            for (long stream = 0; stream < 50; stream++) seeds.Add(SeededStreams.Derive(seed, stream));
        seeds.Count.ShouldBe(1000);
    }
}
