using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Tests.Components.Lab;

/// <summary>The ladder's colouring (thesis Fig 3.3): rank counted from the nearer end of the ascending Ritz values.</summary>
public sealed class RitzRankTests
{
    [Theory]
    [InlineData(0, 7, 1)]
    [InlineData(6, 7, 1)]
    [InlineData(1, 7, 2)]
    [InlineData(5, 7, 2)]
    [InlineData(2, 7, 3)]
    [InlineData(4, 7, 3)]
    [InlineData(3, 7, 4)]
    [InlineData(0, 1, 1)]
    [InlineData(1, 2, 1)]
    public void FromEnds_Index_IsOnePlusTheDistanceToTheNearerEnd(int index, int count, int rank) =>
        RitzRank.FromEnds(index, count).ShouldBe(rank);

    [Fact]
    public void ClassOf_TenValues_PurpleRedGreenThenGrey()
    {
        var classes = Enumerable.Range(0, 10).Select(i => RitzRank.ClassOf(i, 10)).ToArray();

        classes.ShouldBe([0, 1, 2, 3, 3, 3, 3, 2, 1, 0]);
        RitzRank.Colors.Length.ShouldBe(RitzRank.Classes);
        RitzRank.Names.Length.ShouldBe(RitzRank.Classes);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(3, 3)]
    public void FromEnds_IndexOutsideTheList_Throws(int index, int count) =>
        Should.Throw<ArgumentOutOfRangeException>(() => RitzRank.FromEnds(index, count));
}
