using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>
/// A chart's data as files, built on the server from the series the chart holds: CSV (invariant culture,
/// round-trippable numbers, RFC 4180 quoting, CRLF) and JSON (<see cref="ExperimentJson"/>'s conventions).
/// </summary>
public static class ChartDataExport
{
    /// <summary>
    /// One row per point: <c>series,x,y</c>; when any series holds ranges, <c>series,x,y,low,high</c>
    /// with y empty on range rows and low/high empty on point rows. Non-finite numbers are empty cells.
    /// </summary>
    public static string ToCsv(IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        bool ranges = series.Any(s => s.Data.Any(p => p.IsRange));
        var csv = new StringBuilder(ranges ? "series,x,y,low,high" : "series,x,y").Append("\r\n");
        foreach (var s in series)
        {
            string name = Quote(s.Name);
            foreach (var p in s.Data)
            {
                csv.Append(name).Append(',').Append(Number(p.X)).Append(',');
                if (!ranges) csv.Append(Number(p.Y));
                else if (p.High is double high) csv.Append(',').Append(Number(p.Y)).Append(',').Append(Number(high));
                else csv.Append(Number(p.Y)).Append(",,");
                csv.Append("\r\n");
            }
        }
        return csv.ToString();
    }

    /// <summary><c>{ "series": [ { "name", "type"?, "points": [ { "x", "y" } | { "x", "low", "high" } ] } ] }</c>.</summary>
    public static string ToJson(IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var document = new ExportDocument(series
            .Select(s => new ExportSeries(s.Name, s.Type, s.Data.Select(ExportPoint.From).ToArray()))
            .ToArray());
        return JsonSerializer.Serialize(document, ExperimentJson.Options);
    }

    private static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record ExportDocument(IReadOnlyList<ExportSeries> Series);

    private sealed record ExportSeries(
        string Name,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ApexChartType? Type,
        IReadOnlyList<ExportPoint> Points);

    private sealed record ExportPoint(
        double X,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Y,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Low,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? High)
    {
        public static ExportPoint From(ChartPoint p) =>
            p.High is double high ? new(p.X, null, p.Y, high) : new(p.X, p.Y, null, null);
    }
}
