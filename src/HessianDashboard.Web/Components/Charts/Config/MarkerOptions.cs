using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>ApexCharts' <c>markers</c> block: point markers on lines and scatters.</summary>
public sealed record MarkerOptions
{
    /// <summary>Marker radius in pixels for every series; 0 hides markers.</summary>
    [JsonIgnore]
    public double? Size { get; init; }

    /// <summary>Marker radius per series (e.g. 0 for bands, 4 for their mean lines); sent instead of <see cref="Size"/> when set.</summary>
    [JsonIgnore]
    public IReadOnlyList<double>? SizePerSeries { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? StrokeWidth { get; init; }

    // ApexCharts' "size" is a number or one number per series.
    [JsonInclude]
    [JsonPropertyName("size")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    private object? SizeJson => (object?)SizePerSeries ?? Size;
}
