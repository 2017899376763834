using System.Globalization;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>One overlay of the compare view (spectra, ladders or densities) ready to draw, or why there is nothing to draw.</summary>
/// <param name="Tab">Which overlay.</param>
/// <param name="Title">The card's title.</param>
/// <param name="Subtitle">What is drawn, in a line.</param>
/// <param name="Options">The chart's options.</param>
/// <param name="Series">One series per shown run-spectrum (or ladder).</param>
/// <param name="Density">The densities' σ range and integrals (densities only).</param>
/// <param name="Empty">Why nothing is drawn, or null.</param>
public sealed record CompareChart(CompareTab Tab, string Title, string Subtitle, ApexChartOptions Options, IReadOnlyList<ChartSeries> Series,
    DensityOverlay? Density, string? Empty)
{
    /// <summary>The overlay of <paramref name="tab"/> over the shown <paramref name="entries"/>; null for the metrics tab.</summary>
    public static CompareChart? Build(CompareTab tab, IReadOnlyList<CompareEntry> entries, CompareViewState state)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(state);
        return tab switch
        {
            CompareTab.Spectra => Spectra(entries),
            CompareTab.Ladders => Ladders(entries, state),
            CompareTab.Densities => Densities(entries, state),
            _ => null,
        };
    }

    /// <summary>
    /// Whether <paramref name="other"/> draws exactly this: the same texts, series (names, colours, points), σ and skipped
    /// spectra. A live update that changes nothing drawn keeps the chart on the page (and the user's hands on it).
    /// </summary>
    public bool DrawsSame(CompareChart? other) =>
        other is not null && Tab == other.Tab && Title == other.Title && Subtitle == other.Subtitle && Empty == other.Empty
        && Series.Count == other.Series.Count
        && Series.Zip(other.Series).All(p => p.First.Name == p.Second.Name && p.First.Color == p.Second.Color && p.First.Data.SequenceEqual(p.Second.Data))
        && Density?.Sigma == other.Density?.Sigma
        && (Density?.Skipped ?? []).SequenceEqual(other.Density?.Skipped ?? []);

    private static CompareChart Spectra(IReadOnlyList<CompareEntry> entries)
    {
        var (series, rows) = CompareSeries.Strips(entries);
        return new CompareChart(CompareTab.Spectra, "Spectra", "The final Ritz values of each run-spectrum as a strip on a shared λ axis",
            CompareCharts.Strips(series, rows), series, null, series.Count == 0 ? NothingShown(entries, "final spectrum") : null);
    }

    private static CompareChart Ladders(IReadOnlyList<CompareEntry> entries, CompareViewState state)
    {
        var (series, stride) = CompareSeries.Ladders(entries);
        string subtitle = stride == 1
            ? "Ritz values of T_k against the step k, one colour per run"
            : string.Create(CultureInfo.InvariantCulture, $"Ritz values of T_k against k, every {Lab.LadderChart.Ordinal(stride)} step (and the last) to keep the chart light");
        return new CompareChart(CompareTab.Ladders, "Ritz ladders", subtitle, CompareCharts.Ladders(series, CompareSeries.LastStep(entries), state.Y),
            series, null, series.Count == 0 ? NothingShown(entries, "ladder (Step events with Ritz values)") : null);
    }

    private static CompareChart Densities(IReadOnlyList<CompareEntry> entries, CompareViewState state)
    {
        var overlay = DensityOverlay.Of(entries, state.Sigma, state.LogY);
        string subtitle = string.Create(CultureInfo.InvariantCulture,
            $"SLQ: φσ(t) = Σ τᵢ gσ(t − θᵢ) from each spectrum's Ritz values θᵢ and Gauss weights τᵢ, σ = {overlay.Sigma:G3}");
        string? empty = overlay.Series.Count > 0 ? null
            : overlay.Skipped.Count > 0 ? "None of the shown spectra has Gauss weights (a batch-size study keeps only Ritz values), so no density can be drawn."
            : NothingShown(entries, "final spectrum");
        return new CompareChart(CompareTab.Densities, "SLQ densities", subtitle, CompareCharts.Densities(overlay, state.LogY, state.Y),
            overlay.Series, overlay, empty);
    }

    private static string NothingShown(IReadOnlyList<CompareEntry> entries, string what) => entries.Count == 0
        ? $"None of these runs has a {what} to draw (see the notes above)."
        : $"Nothing to draw: no shown run-spectrum has a {what}. Tick more below.";
}
