using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.BatchSize;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Pages.Chapter4;

/// <summary>
/// The Hessian batch-size study: the form submits one <see cref="BatchSizeStudyRequest"/> and moves to
/// /experiments/batch-size/{runId}, where <see cref="BatchSizeView"/> watches it; a run's page refills the form from its request.
/// </summary>
public sealed partial class BatchSizePage : ExperimentPage
{
    private readonly BatchSizeFormModel _model = new();
    private string? _loaded;

    protected override void OnParametersSet()
    {
        if (RunId is not null && RunId != _loaded && Runner.Get(RunId)?.Request is BatchSizeStudyRequest request) _model.Load(request);
        _loaded = RunId ?? "";
        Revalidate();
    }

    private void Revalidate() => Errors = new FormErrors(_model.Check());

    private void Run()
    {
        Revalidate();
        if (Errors.IsEmpty && Submit(_model.ToRequest(), "experiments/batch-size") is { } id) _loaded = id;
    }
}
