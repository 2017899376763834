namespace HessianDashboard.Web.Components.Compare;

/// <summary>What <see cref="ResultSpectra"/> reads off a result: its spectra, one metrics row per spectrum (or one for the run), and a note.</summary>
internal sealed record ResultExtraction(IReadOnlyList<LabelledSpectrum> Spectra, IReadOnlyList<RunMetricsRow> Rows, string? Note)
{
    /// <summary>A result without spectra: one row for the run and why nothing can be overlaid.</summary>
    public static ResultExtraction Without(RunMetricsRow row, string note) => new([], [row], note);

    /// <summary>Spectra with their rows, in the same order.</summary>
    public static ResultExtraction Of(IEnumerable<(LabelledSpectrum Spectrum, RunMetricsRow Row)> entries)
    {
        var list = entries.ToList();
        return new ResultExtraction([.. list.Select(e => e.Spectrum)], [.. list.Select(e => e.Row)], null);
    }
}
