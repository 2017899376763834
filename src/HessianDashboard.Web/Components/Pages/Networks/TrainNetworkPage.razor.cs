using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace HessianDashboard.Web.Components.Pages.Networks;

/// <summary>Training: the form submits a TrainMlpRequest or TrainNanoGptRequest and moves to /networks/train/{runId}, which watches it.</summary>
public sealed partial class TrainNetworkPage
{
    private readonly TrainFormModel _model = new();
    private FormErrors _errors = FormErrors.None;

    [Inject]
    private IRunRunner Runner { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    [Parameter]
    public string? RunId { get; set; }

    protected override void OnParametersSet() => Revalidate();

    private void Revalidate() => _errors = new FormErrors(_model.Check());

    private void Run()
    {
        Revalidate();
        if (!_errors.IsEmpty) return;
        try
        {
            var run = Runner.Submit(_model.ToRequest());
            Navigation.NavigateTo($"networks/train/{run.Id}");
        }
        catch (RequestValidationException e)
        {
            _errors = new FormErrors(e.Errors);
        }
        catch (RunQueueFullException e)
        {
            Snackbar.Add(e.Message, Severity.Warning);
        }
    }
}
