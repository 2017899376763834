using System.Globalization;
using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// A run's event log as CSV tables: every Lanczos step, the final spectrum of each series, the metric curves and the
/// progress of its stages. Tables without rows are left out.
/// </summary>
public static class RunCsvTables
{
    /// <summary>The tables of run <paramref name="runId"/> of kind <paramref name="kind"/> from its <paramref name="events"/> (sequence order).</summary>
    public static IReadOnlyList<RunCsvTable> Of(string runId, string kind, IReadOnlyList<RunEvent> events)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(events);
        var segments = RunStepSegments.Of(events, kind);
        var tables = new[]
        {
            Table(runId, "Steps", "steps", Steps(segments)),
            Table(runId, "Final spectrum", "spectrum", Spectrum(segments)),
            Table(runId, "Metrics", "metrics", Metrics(events)),
            Table(runId, "Progress", "progress", Progress(events)),
        };
        return [.. tables.Where(t => t.Rows > 0)];
    }

    /// <summary>One row per Lanczos step: series, k, α, β, orthogonality loss (NaN when untracked), operator and other time in ms.</summary>
    public static Csv Steps(IReadOnlyList<RunStepSegment> segments)
    {
        var csv = new Csv("series", "k", "alpha", "beta", "orthogonality_loss", "operator_ms", "other_ms");
        foreach (var segment in segments)
            foreach (var step in segment.Steps)
                csv.Row(segment.Label, Csv.Number(step.K), Csv.Number(step.Alpha), Csv.Number(step.Beta), Csv.Number(step.OrthogonalityLoss),
                    Csv.Number(step.OperatorTime.TotalMilliseconds), Csv.Number(step.OtherTime.TotalMilliseconds));
        return csv;
    }

    /// <summary>
    /// The final spectrum of each series, from its last step k: the Ritz values θ_i of T_k (ascending), their Gauss
    /// quadrature weights z_{1,i}² and residual bounds |β_k z_{k,i}|, with T_k rebuilt from the series' α and β. A series
    /// whose log does not start at k = 1 has no T_k; its last step's own Ritz values and bounds are written with a NaN weight.
    /// </summary>
    public static Csv Spectrum(IReadOnlyList<RunStepSegment> segments)
    {
        var csv = new Csv("series", "k", "index", "ritz_value", "weight", "residual_bound");
        foreach (var segment in segments)
        {
            var last = segment.Steps[^1];
            var pairs = segment.FinalSpectrum();
            for (int i = 0; i < pairs.Values.Length; i++)
                csv.Row(segment.Label, Csv.Number(last.K), Csv.Number(i + 1), Csv.Number(pairs.Values[i]), Csv.Number(pairs.Weights[i]),
                    Csv.Number(pairs.ResidualBounds[i]));
        }
        return csv;
    }

    /// <summary>One row per metric point: series (the curve's name), x, y.</summary>
    public static Csv Metrics(IReadOnlyList<RunEvent> events)
    {
        var csv = new Csv("series", "x", "y");
        foreach (var e in events)
            if (e is { Kind: RunEventKind.Metric, Metric: { } m }) csv.Row(m.Name, Csv.Number(m.X), Csv.Number(m.Y));
        return csv;
    }

    /// <summary>One row per progress event: stage, done, total, fraction.</summary>
    public static Csv Progress(IReadOnlyList<RunEvent> events)
    {
        var csv = new Csv("stage", "done", "total", "fraction");
        foreach (var e in events)
            if (e is { Kind: RunEventKind.Progress, Progress: { } p }) csv.Row(p.Stage, Csv.Number(p.Done), Csv.Number(p.Total), Csv.Number(p.Fraction));
        return csv;
    }

    private static RunCsvTable Table(string runId, string name, string file, Csv csv) =>
        new(name, string.Create(CultureInfo.InvariantCulture, $"run-{runId}-{file}.csv"), csv.Rows, csv.ToString());
}
