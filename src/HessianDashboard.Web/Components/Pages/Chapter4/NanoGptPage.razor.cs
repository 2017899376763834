using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.Trajectory;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Pages.Chapter4;

/// <summary>
/// The NanoGPT trajectory (thesis Fig 4.5, 4.6): the form submits a <see cref="NanoGptTrajectoryRequest"/> and moves to
/// /experiments/nanogpt/{runId}, where <see cref="TrajectoryRunView{TRequest}"/> watches it; a run's page refills the form.
/// </summary>
public sealed partial class NanoGptPage : ExperimentPage
{
    internal const string Route = "experiments/nanogpt";

    private readonly NanoGptFormModel _model = new();
    private string? _loaded;

    protected override void OnParametersSet()
    {
        if (RunId is not null && RunId != _loaded && Runner.Get(RunId)?.Request is NanoGptTrajectoryRequest request) _model.Load(request);
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
