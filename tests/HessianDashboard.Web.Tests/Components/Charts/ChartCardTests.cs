using HessianDashboard.Web.Components.Charts;

namespace HessianDashboard.Web.Tests.Components.Charts;

public sealed class ChartCardTests
{
    [Theory]
    [InlineData("Ritz values (n = 100)", "ritz-values-n-100")]
    [InlineData("  Runtime vs n  ", "runtime-vs-n")]
    [InlineData("λ", "chart")]
    public void Slug_Title_GivesAFileName(string title, string expected) =>
        ChartCard.Slug(title).ShouldBe(expected);
}
