using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.BatchSize;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Pages.Chapter4;

/// <summary>
/// The Hessian batch-size study: the form submits one <see cref="BatchSizeStudyRequest"/> and moves to /experiments/batch-size/{runId}, where
/// <see cref="BatchSizeView"/> watches it; a run's page refills the form from its request.
/// </summary>
public sealed partial class BatchSizePage : FormExperimentPage<BatchSizeStudyRequest, BatchSizeFormModel>
{
    protected override string Route => "experiments/batch-size";
}
