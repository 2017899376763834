using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Pages.Chapter4;

/// <summary>
/// Thesis Fig 4.1/4.2 and Table 4.2: the form submits one <see cref="ExactVsLanczosRequest"/> and moves to
/// /experiments/exact-vs-lanczos/{runId}, where <see cref="ExactVsLanczosView"/> watches it; opening that address
/// fills the form with the run's request.
/// </summary>
public sealed partial class ExactVsLanczosPage : ExperimentPage
{
    private readonly ExactVsLanczosFormModel _model = new();
    private IReadOnlyList<DatasetAvailability> _availability = [];
    private string? _loaded;

    [Inject]
    private DataLocator Locator { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (RunId is not null && RunId != _loaded && Runner.Get(RunId)?.Request is ExactVsLanczosRequest request) _model.Load(request);
        _loaded = RunId ?? "";
        Revalidate();
    }

    private void Revalidate()
    {
        Errors = new FormErrors(_model.Check());
        _availability = DatasetAvailability.Of(Locator, _model.SkipMissingData);
    }

    private void Run()
    {
        Revalidate();
        if (Errors.IsEmpty && Submit(_model.ToRequest(), ExactVsLanczosView.Route) is { } id) _loaded = id;
    }
}
