using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.Trajectory;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Pages.Chapter4;

/// <summary>
/// The MLP trajectory (thesis A.4–A.6): the form submits a <see cref="TrajectoryRequest"/> and moves to /experiments/trajectory/{runId}, where
/// <see cref="TrajectoryRunView{TRequest}"/> watches it; a run's page refills the form.
/// </summary>
public sealed partial class TrajectoryPage : FormExperimentPage<TrajectoryRequest, TrajectoryFormModel>
{
    internal const string RoutePath = "experiments/trajectory";

    protected override string Route => RoutePath;
}
