using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

/// <summary>Table 4.2 across the data sets of a result; a state the run did not reach shows "—".</summary>
public sealed partial class ExactVsLanczosTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Inline: the page adds no global styles. Numbers right-aligned on one line, group headings centred over their pair.
    private const string Number = "white-space: nowrap; text-align: right";
    private const string Group = "text-align: center; border-bottom: none";

    [Parameter, EditorRequired]
    public ExactVsLanczosResult Result { get; set; } = default!;

    internal static string Converged(StateSpectra? state) =>
        state is null ? RunText.None : string.Create(Invariant, $"{state.Converged} / {state.Spectrum.Lanczos.Iterations}");

    internal static string Mass(StateSpectra? state) => state is null ? RunText.None : StateCharts.Percent(state.Negative.MassFraction);

    internal static string Count(StateSpectra? state) => state is null ? RunText.None : state.Negative.Count.ToString("N0", Invariant);

    private static string Size(StateSpectra? state) => state?.Spectrum.ExactEigenvalues?.Length.ToString("N0", Invariant) ?? RunText.None;

    private static string Training(DatasetSpectra d)
    {
        if (d.Epochs.Count == 0) return "";
        var last = d.Epochs[^1];
        string text = string.Create(Invariant, $"loss {last.TrainLoss:0.0000}, acc {last.TrainAccuracy * 100:0.00} %");
        return last.TestLoss is { } testLoss && last.TestAccuracy is { } testAccuracy
            ? text + string.Create(Invariant, $"; test {testLoss:0.0000}, {testAccuracy * 100:0.00} %")
            : text;
    }

    private static string Reused(DatasetSpectra d)
    {
        var parts = new List<string>();
        if (d.TrainingReused) parts.Add("training reused");
        int reused = new[] { d.Initial, d.Trained }.Count(s => s?.Spectrum.ExactReused == true);
        if (reused > 0) parts.Add(reused == 2 ? "both exact spectra reused" : "1 exact spectrum reused");
        return string.Join(", ", parts);
    }
}
