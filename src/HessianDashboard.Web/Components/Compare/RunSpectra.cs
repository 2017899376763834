using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// What the compare view and the report can overlay from one run: its final spectra, its Ritz ladders (from the Step
/// events) and its metrics rows, with a note when the run has nothing of a kind (no result yet, a study, training).
/// </summary>
/// <param name="Run">The snapshot the rest was read from.</param>
/// <param name="Spectra">One per final spectrum, labelled as the Step events name its series.</param>
/// <param name="Ladders">One per Step series with Ritz values.</param>
/// <param name="Metrics">One row per spectrum, or one for the run when it has none.</param>
/// <param name="Note">Why there is no spectrum (or null).</param>
public sealed record RunSpectra(RunInfo Run, IReadOnlyList<LabelledSpectrum> Spectra, IReadOnlyList<RitzLadder> Ladders,
    IReadOnlyList<RunMetricsRow> Metrics, string? Note)
{
    /// <summary>Every label the run shows, spectra first, then ladders without a final spectrum (a run still going); the view's show/hide keys index this.</summary>
    public IReadOnlyList<string> Labels { get; } =
        [.. Spectra.Select(s => s.Label).Concat(Ladders.Select(l => l.Label).Where(l => !Spectra.Any(s => s.Label == l)))];

    /// <summary>Reads <paramref name="run"/>'s result and <paramref name="events"/> (its event log, from sequence 0).</summary>
    public static RunSpectra From(RunInfo run, IReadOnlyList<RunEvent> events)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(events);
        var row = new RunMetricsRow
        {
            RunId = run.Id, Kind = run.Kind, Title = run.Title, State = run.State.ToString().ToLowerInvariant(), Elapsed = run.Elapsed,
        };
        var extraction = ResultSpectra.Of(run, row);
        return new RunSpectra(run, extraction.Spectra, RitzLadders.Of(events, run.Kind), extraction.Rows, extraction.Note);
    }

    /// <summary>The spectrum labelled <paramref name="label"/>, or null.</summary>
    public LabelledSpectrum? Spectrum(string label) => Spectra.FirstOrDefault(s => s.Label == label);

    /// <summary>The ladder labelled <paramref name="label"/>, or null.</summary>
    public RitzLadder? Ladder(string label) => Ladders.FirstOrDefault(l => l.Label == label);
}
