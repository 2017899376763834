using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.Trajectory;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Pages.Chapter4;

/// <summary>
/// The MLP trajectory (thesis A.4–A.6): the form submits a <see cref="TrajectoryRequest"/> and moves to
/// /experiments/trajectory/{runId}, where <see cref="TrajectoryRunView{TRequest}"/> watches it; a run's page refills the form.
/// </summary>
public sealed partial class TrajectoryPage : ExperimentPage
{
    internal const string Route = "experiments/trajectory";

    private readonly TrajectoryFormModel _model = new();
    private string? _loaded;

    protected override void OnParametersSet()
    {
        if (RunId is not null && RunId != _loaded && Runner.Get(RunId)?.Request is TrajectoryRequest request) _model.Load(request);
        _loaded = RunId ?? "";
        Revalidate();
    }

    private void Revalidate() => Errors = new FormErrors(_model.Check());

    private void Run()
    {
        Revalidate();
        if (Errors.IsEmpty && Submit(_model.ToRequest(), Route) is { } id) _loaded = id;
    }
}
