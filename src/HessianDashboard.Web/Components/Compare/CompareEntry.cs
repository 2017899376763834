namespace HessianDashboard.Web.Components.Compare;

/// <summary>One spectrum (or ladder) of a compared run, with its key, colour and whether the view draws it.</summary>
/// <param name="Run">The run.</param>
/// <param name="Key">Its key in links.</param>
/// <param name="Label">Its label within the run.</param>
/// <param name="Color">Its shade of the run's colour.</param>
/// <param name="Shown">Whether the view draws it.</param>
public sealed record CompareEntry(ComparedRun Run, SpectrumKey Key, string Label, string Color, bool Shown)
{
    /// <summary>Its name in legends: "a1b2c3 label".</summary>
    public string Name => Run.Name(Label);

    /// <summary>Its final spectrum, or null (a run still going has only a ladder).</summary>
    public LabelledSpectrum? Spectrum => Run.Data?.Spectrum(Label);

    /// <summary>Its ladder, or null (no Step events with Ritz values under this label).</summary>
    public RitzLadder? Ladder => Run.Data?.Ladder(Label);

    /// <summary>Every spectrum and ladder of <paramref name="runs"/>, in run order, shaded per run.</summary>
    public static IReadOnlyList<CompareEntry> All(IReadOnlyList<ComparedRun> runs, CompareViewState state)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(state);
        return [.. runs.Where(r => r.Data is not null).SelectMany(r => r.Data!.Labels.Select((label, i) =>
        {
            var key = new SpectrumKey(r.Id, i);
            return new CompareEntry(r, key, label, ComparePalette.Shade(r.Color, i, r.Data.Labels.Count), state.Shows(key));
        }))];
    }
}
