using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.Trajectory;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Pages.Chapter4;

/// <summary>
/// The NanoGPT trajectory (thesis Fig 4.5, 4.6): the form submits a <see cref="NanoGptTrajectoryRequest"/> and moves to /experiments/nanogpt/{runId}, where
/// <see cref="TrajectoryRunView{TRequest}"/> watches it; a run's page refills the form.
/// </summary>
public sealed partial class NanoGptPage : FormExperimentPage<NanoGptTrajectoryRequest, NanoGptFormModel>
{
    internal const string RoutePath = "experiments/nanogpt";

    protected override string Route => RoutePath;
}
