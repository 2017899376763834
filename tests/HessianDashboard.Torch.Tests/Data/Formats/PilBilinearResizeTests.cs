using HessianDashboard.Torch.Data.Formats;

namespace HessianDashboard.Torch.Tests.Data.Formats;

public sealed class PilBilinearResizeTests
{
    // 32 → 28: scale s = 8/7, support 8/7; output x has centre (x + ½)·8/7 and triangle weights 1 − |(j − c + ½)·7/8|.
    [Theory]
    [InlineData(0, 0, 5.0 / 6, 1.0 / 6)]      // c = 4/7:  raw 15/16, 3/16
    [InlineData(1, 1, 13.0 / 18, 5.0 / 18)]   // c = 12/7: raw 13/16, 5/16
    [InlineData(2, 2, 11.0 / 18, 7.0 / 18)]   // c = 20/7: raw 11/16, 7/16
    [InlineData(3, 3, 0.5, 0.5)]              // c = 4:    raw 9/16, 9/16
    [InlineData(27, 30, 1.0 / 6, 5.0 / 6)]    // mirror image of output 0
    public void Weights_32To28_MatchTheHandComputedTriangleTaps(int output, int first, double w0, double w1)
    {
        var (start, weights) = PilBilinearResize.Weights(32, 28, output);

        start.ShouldBe(first);
        weights.Length.ShouldBe(2);
        weights[0].ShouldBe(w0, 1e-12);
        weights[1].ShouldBe(w1, 1e-12);
    }

    [Fact]
    public void Resize_ColumnPattern_GivesTheHandComputedPixels()
    {
        // Every row is the same, so the vertical pass is exact and row y of the result equals the horizontal pass.
        byte[] row = new byte[32];
        row[0] = 60;
        row[1] = 120;
        row[3] = 10;
        row[4] = 21;
        byte[] image = [.. Enumerable.Repeat(row, 32).SelectMany(r => r)];

        byte[] result = PilBilinearResize.Resize(image, 32, 32, 28, 28);

        result.Length.ShouldBe(784);
        for (int y = 0; y < 28; y++)
        {
            result[y * 28 + 0].ShouldBe((byte)70);  // 5/6·60 + 1/6·120 = 70
            result[y * 28 + 3].ShouldBe((byte)16);  // ½·10 + ½·21 = 15.5, rounded half up in fixed point
            result[y * 28 + 1].ShouldBe((byte)87);  // taps 1, 2: 13/18·120 + 5/18·0 = 86.67
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(128)]
    [InlineData(254)]
    [InlineData(255)]
    public void Resize_ConstantImage_StaysConstant(byte value)
    {
        byte[] image = Enumerable.Repeat(value, 32 * 32).ToArray();

        PilBilinearResize.Resize(image, 32, 32, 28, 28).ShouldAllBe(p => p == value);
    }

    [Fact]
    public void Resize_RandomImage_IsWithinTwoRoundingsOfTheExactSeparableFilter()
    {
        var random = new Random(7);
        byte[] image = new byte[32 * 32];
        random.NextBytes(image);

        byte[] result = PilBilinearResize.Resize(image, 32, 32, 28, 28);

        for (int y = 0; y < 28; y++)
        {
            var (fy, wy) = PilBilinearResize.Weights(32, 28, y);
            for (int x = 0; x < 28; x++)
            {
                var (fx, wx) = PilBilinearResize.Weights(32, 28, x);
                double exact = 0;
                for (int i = 0; i < wy.Length; i++)
                    for (int j = 0; j < wx.Length; j++) exact += wy[i] * wx[j] * image[(fy + i) * 32 + fx + j];
                // Each pass rounds to 8 bits (error ≤ ½, carried through convex weights), so |error| ≤ 1 up to fixed-point noise.
                ((double)result[y * 28 + x]).ShouldBe(exact, 1.0 + 1e-3);
            }
        }
    }
}
