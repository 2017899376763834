using HessianDashboard.Torch.Data.Text;

namespace HessianDashboard.Torch.Tests.Data.Text;

public sealed class SplitMix64Tests
{
    [Fact]
    public void NextUInt64_Seed0_GivesTheReferenceOutputs()
    {
        // Reference values of Vigna's splitmix64.c with x = 0.
        var random = new SplitMix64(0);

        random.NextUInt64().ShouldBe(0xE220A8397B1DCDAFUL);
        random.NextUInt64().ShouldBe(0x6E789E6AA1B965F4UL);
        random.NextUInt64().ShouldBe(0x06C45D188009454FUL);
    }

    [Fact]
    public void NextInt_ManyDraws_StayInRangeAndCoverItEvenly()
    {
        var random = new SplitMix64(42);
        int[] counts = new int[7];
        const int draws = 70_000;
        for (int i = 0; i < draws; i++) counts[random.NextInt(7)]++;

        // Each count is Binomial(70000, 1/7): mean 10000, sd ≈ 92.6; 6 sd is a bound no correct generator breaks.
        counts.ShouldAllBe(c => Math.Abs(c - 10_000) < 560);
        Should.Throw<ArgumentOutOfRangeException>(() => random.NextInt(0));
    }
}
