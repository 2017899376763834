using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.Blocks;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Pages.Chapter4;

/// <summary>
/// NanoGPT block spectra: the form submits one <see cref="BlockSpectraRequest"/> and moves to /experiments/blocks/{runId}, where
/// <see cref="BlockSpectraView"/> watches it; a run's page refills the form from its request.
/// </summary>
public sealed partial class BlockSpectraPage : FormExperimentPage<BlockSpectraRequest, BlockSpectraFormModel>
{
    protected override string Route => "experiments/blocks";
}
