using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Formats;

namespace HessianDashboard.Torch.Tests.Data.Formats;

/// <summary>Compares with Pillow itself: the fixture holds Pillow 9.4.0's convert("L").resize((28, 28), BILINEAR) of 4 random records (Data/Fixtures/make_pillow_fixture.py).</summary>
public sealed class CifarGreyscaleOracleTests
{
    [Fact]
    public void Load_RandomRecords_MatchPillowBitForBit()
    {
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures");
        byte[] expected = File.ReadAllBytes(Path.Combine(fixtures, "pillow-grey28.bin"));

        ImageDataset set = CifarReader.Load([Path.Combine(fixtures, "pillow-cifar-records.bin")], "Pillow oracle");

        set.Labels.ShouldBe([0, 1, 2, 3]);
        set.Pixels.Length.ShouldBe(expected.Length);
        for (int i = 0; i < expected.Length; i++) set.Pixels[i].ShouldBe(expected[i] / 255f);
    }
}
