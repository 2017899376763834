using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>The points of the compare view's strip and ladder overlays.</summary>
public static class CompareSeries
{
    /// <summary>The most ladder points drawn together; beyond, only every s-th step is drawn (and always the last).</summary>
    public const int LadderBudget = 40_000;

    /// <summary>
    /// One strip per shown spectrum: its Ritz values θ at height y = its row, the first entry on the top row.
    /// <c>Rows[y]</c> names the strip at height y (for the axis labels).
    /// </summary>
    public static (IReadOnlyList<ChartSeries> Series, IReadOnlyList<string> Rows) Strips(IEnumerable<CompareEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var shown = entries.Where(e => e.Shown && e.Spectrum is { Ritz.Length: > 0 }).ToList();
        int rows = shown.Count;
        var series = shown.Select((e, i) => new ChartSeries(e.Name, [.. e.Spectrum!.Ritz.Select(theta => new ChartPoint(theta, rows - 1 - i))])
        {
            Color = e.Color,
        }).ToArray();
        return (series, [.. Enumerable.Range(0, rows).Select(y => shown[rows - 1 - y].Name)]);
    }

    /// <summary>The stride that keeps <paramref name="points"/> ladder points within <see cref="LadderBudget"/>.</summary>
    public static int Stride(long points) => (int)Math.Max(1, (points + LadderBudget - 1) / LadderBudget);

    /// <summary>One series per shown ladder: (k, θ) for every Ritz value of step k, every <c>Stride</c>-th step and the last.</summary>
    public static (IReadOnlyList<ChartSeries> Series, int Stride) Ladders(IEnumerable<CompareEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var shown = entries.Where(e => e.Shown && e.Ladder is not null).ToList();
        int stride = Stride(shown.Sum(e => (long)e.Ladder!.PointCount));
        var series = shown.Select(e =>
        {
            var steps = e.Ladder!.Steps;
            var points = steps.Where((s, i) => s.K % stride == 0 || i == steps.Count - 1)
                .SelectMany(s => s.RitzValues.Select(theta => new ChartPoint(s.K, theta)));
            return new ChartSeries(e.Name, [.. points]) { Color = e.Color };
        }).ToArray();
        return (series, stride);
    }

    /// <summary>The largest step of the shown ladders (the x axis' end), or null without any.</summary>
    public static int? LastStep(IEnumerable<CompareEntry> entries) =>
        entries.Where(e => e.Shown && e.Ladder is { Steps.Count: > 0 }).Select(e => (int?)e.Ladder!.Steps[^1].K).Max();
}
