using System.Globalization;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>Groups a run's Step events into <see cref="RunStepSegment"/>s.</summary>
public static class RunStepSegments
{
    /// <summary>The segments of <paramref name="events"/>, in order of first appearance; steps without a series belong to <paramref name="fallbackSeries"/>.</summary>
    public static IReadOnlyList<RunStepSegment> Of(IReadOnlyList<RunEvent> events, string fallbackSeries)
    {
        ArgumentNullException.ThrowIfNull(events);
        var segments = new List<(string Series, List<LanczosStep> Steps)>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e is not { Kind: RunEventKind.Step, Step: { } step }) continue;
            string series = e.Series ?? fallbackSeries;
            if (open.TryGetValue(series, out int at) && segments[at].Steps[^1].K < step.K)
            {
                segments[at].Steps.Add(step);
                continue;
            }
            open[series] = segments.Count;
            segments.Add((series, [step]));
        }
        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. segments.Select(s =>
        {
            int n = repeats[s.Series] = repeats.GetValueOrDefault(s.Series) + 1;
            return new RunStepSegment(n == 1 ? s.Series : string.Create(CultureInfo.InvariantCulture, $"{s.Series} #{n}"), s.Steps);
        })];
    }
}
