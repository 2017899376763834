using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.Blocks;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Pages.Chapter4;

/// <summary>
/// NanoGPT block spectra: the form submits one <see cref="BlockSpectraRequest"/> and moves to
/// /experiments/blocks/{runId}, where <see cref="BlockSpectraView"/> watches it; opening a run refills the form with its request.
/// </summary>
public sealed partial class BlockSpectraPage : ExperimentPage
{
    private readonly BlockSpectraFormModel _model = new();
    private string? _loaded;

    protected override void OnParametersSet()
    {
        if (RunId is not null && RunId != _loaded && Runner.Get(RunId)?.Request is BlockSpectraRequest request) _model.Load(request);
        _loaded = RunId ?? "";
        Revalidate();
    }

    private void Revalidate() => Errors = new FormErrors(_model.Check());

    private void Run()
    {
        Revalidate();
        if (Errors.IsEmpty && Submit(_model.ToRequest(), "experiments/blocks") is { } id) _loaded = id;
    }
}
