using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Networks;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>Edits a <see cref="BlockSpectraFormModel"/>; every change asks the page to revalidate.</summary>
public sealed partial class BlockSpectraForm
{
    [Parameter, EditorRequired]
    public BlockSpectraFormModel Model { get; set; } = default!;

    [Parameter, EditorRequired]
    public FormErrors Errors { get; set; } = default!;

    [Parameter]
    public EventCallback Changed { get; set; }

    [Parameter]
    public EventCallback Run { get; set; }

    private string LayerNormLabel => Model.LayerNormWithSublayer
        ? "LayerNorms join the sublayer they feed (ln_1 → attention, ln_2 → MLP; ln_f its own block)"
        : "All LayerNorms (ln_1, ln_2, ln_f) in one \"layer norms\" block";

    // The smoke-test sizes keep the chosen model source (and checkpoint).
    private Task SmokeSize() => Set(() =>
    {
        var (source, checkpoint) = (Model.Source, Model.Checkpoint);
        Model.Load(BlockSpectraRequest.Quick());
        (Model.Source, Model.Checkpoint) = (source, checkpoint);
    });

    private Task Set(Action change)
    {
        change();
        return Changed.InvokeAsync();
    }
}
