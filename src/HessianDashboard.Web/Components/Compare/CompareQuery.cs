using HessianDashboard.Web.Components.Charts;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// The compare view's link: <c>/compare?runs=a,b&amp;tab=densities&amp;sigma=0.05&amp;scale=log&amp;hide=a.1&amp;xmin=0.2&amp;xmax=1.5</c>
/// (<c>ymin</c>/<c>ymax</c> fix the y range of the ladders or densities; positive on a log scale). Defaults are left out, so equal views have equal links.
/// <see cref="Parse"/> never throws: junk reads as the default and is named in the messages.
/// </summary>
public static class CompareQuery
{
    /// <summary>The page's address without the query.</summary>
    public const string Path = "compare";

    /// <summary>The query string (without '?') of <paramref name="state"/>.</summary>
    public static string Format(CompareViewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return QueryValues.Join(
        [
            ("runs", state.Runs.Count == 0 ? null : string.Join(',', state.Runs)),
            ("tab", state.Tab == CompareTab.Spectra ? null : TabName(state.Tab)),
            ("sigma", state.Sigma is { } sigma ? QueryValues.Format(sigma) : null),
            ("scale", state.LogY ? "log" : null),
            ("hide", state.Hidden.Count == 0 ? null : string.Join(',', state.Hidden)),
            ("xmin", state.X is { } x ? QueryValues.Format(x.Min) : null),
            ("xmax", state.X is { } x2 ? QueryValues.Format(x2.Max) : null),
            ("ymin", state.Y is { } y ? QueryValues.Format(y.Min) : null),
            ("ymax", state.Y is { } y2 ? QueryValues.Format(y2.Max) : null),
        ]);
    }

    /// <summary>The relative address of <paramref name="state"/>: "compare?…".</summary>
    public static string Uri(CompareViewState state)
    {
        string query = Format(state);
        return query.Length == 0 ? Path : $"{Path}?{query}";
    }

    /// <summary>The view a link describes, and what in it was ignored or cut.</summary>
    public static (CompareViewState State, IReadOnlyList<string> Messages) Parse(string? uriOrQuery)
    {
        var messages = new List<string>();
        var query = QueryValues.Parse(uriOrQuery);
        var runs = RunIds.Parse(query.Text("runs"), messages);
        var tab = CompareTab.Spectra;
        if (query.Text("tab") is { } tabText && !TryTab(tabText, out tab))
            messages.Add($"There is no '{QueryValues.Shorten(tabText)}' chart; showing the spectra (use spectra, ladders, densities or metrics).");
        double? sigma = query.Number("sigma", messages);
        if (sigma is <= 0)
        {
            messages.Add("σ must be positive; the automatic σ is used.");
            sigma = null;
        }
        string? scale = query.Text("scale");
        if (scale is not (null or "log" or "linear")) messages.Add($"Scale '{QueryValues.Shorten(scale)}' is neither log nor linear; linear is used.");
        var hidden = (query.Text("hide") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(text => SpectrumKey.TryParse(text, out var key) ? key : (SpectrumKey?)null)
            .OfType<SpectrumKey>().Where(k => runs.Contains(k.RunId));
        var state = new CompareViewState
        {
            Runs = runs,
            Tab = tab,
            Sigma = sigma,
            LogY = scale == "log",
            Hidden = CompareViewState.Sorted(hidden),
            X = Range(query, "xmin", "xmax", messages),
            Y = YRange(Range(query, "ymin", "ymax", messages), tab, scale == "log", messages),
        };
        return (state, messages);
    }

    /// <summary>The tab's name in links.</summary>
    public static string TabName(CompareTab tab) => tab.ToString().ToLowerInvariant();

    private static bool TryTab(string text, out CompareTab tab)
    {
        foreach (var candidate in Enum.GetValues<CompareTab>())
        {
            if (!string.Equals(TabName(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            tab = candidate;
            return true;
        }
        tab = CompareTab.Spectra;
        return false;
    }

    /// <summary>A y range where it means something: the ladders, or the densities (on a log scale with positive ends only).</summary>
    private static AxisRange? YRange(AxisRange? y, CompareTab tab, bool logY, List<string> messages)
    {
        if (y is null) return null;
        if (tab is CompareTab.Spectra or CompareTab.Metrics)
        {
            messages.Add($"The {TabName(tab)} tab has no y range to fix; ymin/ymax were ignored.");
            return null;
        }
        if (tab == CompareTab.Densities && logY && y.Min <= 0)
        {
            messages.Add("The log scale takes positive bounds only (ymin must be > 0); ymin/ymax were ignored.");
            return null;
        }
        return y;
    }

    private static AxisRange? Range(QueryValues query, string minKey, string maxKey, List<string> messages)
    {
        double? min = query.Number(minKey, messages), max = query.Number(maxKey, messages);
        if (min is null && max is null) return null;
        if (AxisRange.Of(min, max) is { } range) return range;
        messages.Add($"The zoom {minKey}/{maxKey} needs both ends with {minKey} < {maxKey}; it was ignored.");
        return null;
    }
}
