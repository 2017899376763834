using HessianDashboard.Web.Components.Charts;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// Everything the compare view shows, and so everything its link carries (<see cref="CompareQuery"/>): the runs in
/// order, the chart tab, σ of the densities (null: automatic), a log y axis, the hidden spectra, and the zoom of the
/// active chart (x; optionally a fixed y range).
/// </summary>
public sealed record CompareViewState
{
    public IReadOnlyList<string> Runs { get; init; } = [];
    public CompareTab Tab { get; init; } = CompareTab.Spectra;

    /// <summary>The densities' kernel width in eigenvalue units; null = a hundredth of the spectra's span.</summary>
    public double? Sigma { get; init; }

    /// <summary>A logarithmic density axis (the tails and outliers become visible).</summary>
    public bool LogY { get; init; }

    /// <summary>Spectra (and ladders) not drawn, sorted.</summary>
    public IReadOnlyList<SpectrumKey> Hidden { get; init; } = [];

    /// <summary>The x range the active chart is zoomed to; null = all.</summary>
    public AxisRange? X { get; init; }

    /// <summary>A fixed y range of the active chart; null = automatic.</summary>
    public AxisRange? Y { get; init; }

    /// <summary>Whether the spectrum (or ladder) <paramref name="key"/> is drawn.</summary>
    public bool Shows(SpectrumKey key) => !Hidden.Contains(key);

    /// <summary>The same view with <paramref name="key"/> shown or hidden.</summary>
    public CompareViewState Toggle(SpectrumKey key, bool show) => this with
    {
        Hidden = show ? [.. Hidden.Where(k => k != key)] : Sorted(Hidden.Append(key)),
    };

    /// <summary>The same view on another tab: the zoom belonged to the old tab's chart and is dropped.</summary>
    public CompareViewState WithTab(CompareTab tab) => tab == Tab ? this : this with { Tab = tab, X = null, Y = null };

    /// <summary>The same view without run <paramref name="id"/> (and its hidden keys).</summary>
    public CompareViewState Without(string id) => this with
    {
        Runs = [.. Runs.Where(r => r != id)],
        Hidden = [.. Hidden.Where(k => k.RunId != id)],
    };

    public bool Equals(CompareViewState? other) =>
        other is not null && Runs.SequenceEqual(other.Runs) && Tab == other.Tab && Sigma == other.Sigma && LogY == other.LogY
        && Hidden.SequenceEqual(other.Hidden) && X == other.X && Y == other.Y;

    public override int GetHashCode() => HashCode.Combine(string.Join(',', Runs), Tab, Sigma, LogY, Hidden.Count, X, Y);

    /// <summary>Each key once, by run id, then index (so equal views have equal links).</summary>
    public static IReadOnlyList<SpectrumKey> Sorted(IEnumerable<SpectrumKey> keys) =>
        [.. keys.Distinct().OrderBy(k => k.RunId, StringComparer.Ordinal).ThenBy(k => k.Index)];
}
