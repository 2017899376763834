using HessianDashboard.Core.Spectrum;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>One colour per variant on every lab and studies chart (the thesis': full blue, double orange, none green).</summary>
internal static class LabPalette
{
    public const string Truth = "#8d8d8d";

    public static string Of(Reorthogonalization variant) => variant switch
    {
        Reorthogonalization.Full => "#42a5f5",
        Reorthogonalization.Double => "#ffa726",
        Reorthogonalization.None => "#66bb6a",
        _ => "#ec407a",
    };

    /// <summary>The colour of a series named after a variant (as run events name them); grey otherwise.</summary>
    public static string Of(string series) => Enum.TryParse<Reorthogonalization>(series, out var v) ? Of(v) : Truth;

    /// <summary>Colours for the other categories of a chart (spectrum kinds on the studies page).</summary>
    public static readonly string[] Categories = ["#42a5f5", "#ffa726", "#ab47bc", "#26a69a"];
}
