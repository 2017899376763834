using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.Blocks;
using HessianDashboard.Web.Components.Charts;
using MudBlazor;
using MudBlazor.Utilities;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Blocks;

/// <summary>The JS cells' shades keep MudBlazor's default text readable on both themes (WCAG 2 contrast ≥ 4.5:1) at every distance.</summary>
public sealed class DistanceShadeTests
{
    private static (double R, double G, double B) Over((double R, double G, double B) top, double alpha, (double R, double G, double B) under) =>
        (top.R * alpha + under.R * (1 - alpha), top.G * alpha + under.G * (1 - alpha), top.B * alpha + under.B * (1 - alpha));

    private static (double R, double G, double B) Rgb(MudColor c) => (c.R, c.G, c.B);

    private static double Luminance((double R, double G, double B) c)
    {
        static double Linear(double v) => (v /= 255) <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);
    }

    private static double Contrast((double R, double G, double B) a, (double R, double G, double B) b)
    {
        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [Theory]
    [InlineData(ChartThemeMode.Light)]
    [InlineData(ChartThemeMode.Dark)]
    public void Of_EveryDistance_KeepsTheThemesTextReadable(ChartThemeMode mode)
    {
        var theme = new MudTheme();
        Palette palette = mode == ChartThemeMode.Dark ? theme.PaletteDark : theme.PaletteLight;
        var surface = Rgb(palette.Surface);

        for (int k = 0; k <= 100; k++)
        {
            double distance = JensenShannon.MaxDistance * k / 100;
            var (r, g, b, alpha) = DistanceShade.Of(distance, JensenShannon.MaxDistance, mode);
            var cell = Over((r, g, b), alpha, surface);
            var text = Over(Rgb(palette.TextPrimary), palette.TextPrimary.APercentage, cell);
            Contrast(text, cell).ShouldBeGreaterThanOrEqualTo(4.5, $"D = {distance:0.000} on the {mode} theme");
        }
    }

    [Fact]
    public void Of_Distances_GrowMonotonicallyToTheMaximumOpacityAtTheScale()
    {
        double[][] matrix = [[0, 0.1, 0.04], [0.1, 0, 0.02], [0.04, 0.02, 0]];
        double scale = DistanceShade.Scale(matrix);

        scale.ShouldBe(0.1);
        DistanceShade.Of(0, scale, ChartThemeMode.Light).Alpha.ShouldBe(0);
        DistanceShade.Of(0.1, scale, ChartThemeMode.Dark).Alpha.ShouldBe(DistanceShade.MaxOpacity);
        DistanceShade.Of(0.02, scale, ChartThemeMode.Light).Alpha.ShouldBeLessThan(DistanceShade.Of(0.04, scale, ChartThemeMode.Light).Alpha);
        DistanceShade.Style(double.NaN, scale, ChartThemeMode.Light).ShouldBe("background-color: rgba(255, 179, 0, 0);");
        DistanceShade.Scale([[0]]).ShouldBe(JensenShannon.MaxDistance, "a single block: nothing to scale by");
    }
}
