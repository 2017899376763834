using System.Globalization;
using System.Text;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>The metrics table as CSV: invariant culture, round-trippable numbers, RFC 4180 quoting, CRLF; unknown values are empty cells.</summary>
public static class MetricsCsv
{
    /// <summary>The header row's columns.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "run", "kind", "title", "state", "spectrum", "dimension", "m", "variant", "precision", "lambda_min", "lambda_max",
        "converged", "converged_rule", "lanczos_seconds", "orthogonality_loss", "loss", "accuracy", "run_seconds",
    ];

    public static string ToCsv(IEnumerable<RunMetricsRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder(string.Join(',', Columns)).Append("\r\n");
        foreach (var r in rows)
        {
            string?[] cells =
            [
                r.RunId, r.Kind, r.Title, r.State, r.Spectrum, Integer(r.Dimension), Integer(r.Iterations), r.Variant, r.Precision,
                Number(r.LambdaMin), Number(r.LambdaMax), Integer(r.Converged), r.ConvergedRule, Number(r.Seconds),
                Number(r.OrthogonalityLoss), Number(r.Loss), Number(r.Accuracy), Number(r.Elapsed?.TotalSeconds),
            ];
            csv.AppendJoin(',', cells.Select(c => Quote(c ?? ""))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string? Number(double? value) =>
        value is double v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : null;

    private static string? Integer(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
