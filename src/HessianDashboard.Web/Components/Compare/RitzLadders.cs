using System.Globalization;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>The Ritz ladders of a run's Step events, one per series (and per restart of a series' step numbers).</summary>
internal static class RitzLadders
{
    /// <summary>
    /// Step events with Ritz values, grouped by series in order of first appearance; a step whose k does not exceed the
    /// previous one of its series starts a new ladder "series #2" (a block's second start vector). Steps reported
    /// without Ritz values (a run asked not to compute them each step) are left out.
    /// </summary>
    public static IReadOnlyList<RitzLadder> Of(IReadOnlyList<RunEvent> events, string fallbackSeries)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ladders = new List<(string Series, List<LanczosStep> Steps)>();
        var current = new Dictionary<string, int>(StringComparer.Ordinal); // series → index of its open ladder
        foreach (var e in events)
        {
            if (e is not { Kind: RunEventKind.Step, Step: { RitzValues.Length: > 0 } step }) continue;
            string series = e.Series ?? fallbackSeries;
            if (current.TryGetValue(series, out int open) && ladders[open].Steps[^1].K < step.K)
            {
                ladders[open].Steps.Add(step);
                continue;
            }
            current[series] = ladders.Count;
            ladders.Add((series, [step]));
        }
        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. ladders.Select(l =>
        {
            int n = repeats[l.Series] = repeats.GetValueOrDefault(l.Series) + 1;
            return new RitzLadder(n == 1 ? l.Series : string.Create(CultureInfo.InvariantCulture, $"{l.Series} #{n}"), l.Steps);
        })];
    }
}
