using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace HessianDashboard.Web.Components.Pages.Lab;

/// <summary>
/// The synthetic-matrix lab: the form submits ONE <see cref="SpectrumComparisonRequest"/> to the runner and moves to
/// /lab/{runId}, where <see cref="LabRunView"/> watches it; reopening that address reattaches and replays the run.
/// </summary>
public sealed partial class SyntheticLabPage
{
    private readonly LabFormModel _model = new();
    private LabErrors _errors = LabErrors.From([]);
    private string? _loaded;

    [Inject]
    private IRunRunner Runner { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    /// <summary>The run to watch, from /lab/{RunId}.</summary>
    [Parameter]
    public string? RunId { get; set; }

    protected override void OnParametersSet()
    {
        // A reopened run shows its own settings in the form.
        if (RunId is not null && RunId != _loaded && Runner.Get(RunId)?.Request is SpectrumComparisonRequest request)
            _model.Load(request);
        _loaded = RunId;
        Revalidate();
    }

    private void Revalidate() => _errors = LabErrors.Check(_model);

    private void Run()
    {
        Revalidate();
        if (!_errors.IsEmpty) return;
        try
        {
            var run = Runner.Submit(_model.ToRequest(), new RunSubmitOptions { Owner = User.Name });
            _loaded = run.Id;
            Navigation.NavigateTo($"lab/{run.Id}");
        }
        catch (RequestValidationException e)
        {
            _errors = LabErrors.From(e.Errors);
        }
        catch (InvalidOperationException e) when (e is RunQueueFullException or RunLimitException) // the server-wide queue, or a per-user limit
        {
            Snackbar.Add(e.Message, Severity.Warning);
        }
    }
}
