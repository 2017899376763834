namespace HessianDashboard.Web.Components.Lab;

/// <summary>
/// The colouring of thesis Fig 3.3: a Ritz value's rank counted from the nearer end of the (ascending) list —
/// the smallest and largest are rank 1 (purple), the second smallest and largest rank 2 (red), then 3 (green),
/// and everything further in is grey.
/// </summary>
internal static class RitzRank
{
    /// <summary>The number of colour classes: rank 1, 2, 3 and the interior.</summary>
    public const int Classes = 4;

    /// <summary>Series names of the classes, in class order.</summary>
    public static readonly string[] Names = ["extremes", "2nd from the ends", "3rd from the ends", "interior"];

    /// <summary>Colours of the classes (purple, red, green, grey), readable on the light and the dark theme.</summary>
    public static readonly string[] Colors = ["#ab47bc", "#ef5350", "#66bb6a", "#9e9e9e"];

    /// <summary>1 + the distance of <paramref name="index"/> from the nearer end of a list of <paramref name="count"/> values.</summary>
    public static int FromEnds(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        return Math.Min(index, count - 1 - index) + 1;
    }

    /// <summary>The colour class: 0 for the extremes, 1 and 2 for the next ones in, 3 for the interior.</summary>
    public static int ClassOf(int index, int count) => Math.Min(FromEnds(index, count), Classes) - 1;
}
