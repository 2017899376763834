using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>ApexCharts' <c>fill</c> block, e.g. a translucent mean ± sd band under an opaque line.</summary>
public sealed record FillOptions
{
    /// <summary>One opacity in [0, 1] per series.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<double>? Opacity { get; init; }
}
