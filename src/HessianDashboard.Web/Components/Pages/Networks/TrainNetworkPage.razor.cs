using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Pages.Networks;

/// <summary>Training: the form submits a TrainMlpRequest or TrainNanoGptRequest and moves to /networks/train/{runId}, which watches it.</summary>
public sealed partial class TrainNetworkPage : ExperimentPage
{
    private readonly TrainFormModel _model = new();

    protected override void OnParametersSet() => Revalidate();

    private void Revalidate() => Errors = new FormErrors(_model.Check());

    private void Run()
    {
        Revalidate();
        if (Errors.IsEmpty) Submit(_model.ToRequest(), "networks/train");
    }
}
