using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace HessianDashboard.Web.Components.Shared;

/// <summary>
/// What every experiment page shares: a form whose <see cref="Errors"/> show under its inputs, and
/// <see cref="Submit"/>, which queues the request and moves to <c>/{route}/{runId}</c> where the live view watches
/// it. A request the runner refuses shows its messages in the form; a full queue says so in a snackbar.
/// </summary>
public abstract class ExperimentPage : ComponentBase
{
    [Inject]
    protected IRunRunner Runner { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    protected IOptions<DashboardOptions> Options { get; set; } = default!;

    /// <summary>The signed-in user, who owns the runs submitted here.</summary>
    [Inject]
    protected CurrentUser User { get; set; } = default!;

    /// <summary>The run shown under the form (from the route), or null.</summary>
    [Parameter]
    public string? RunId { get; set; }

    /// <summary>The form's current validation messages.</summary>
    protected FormErrors Errors { get; set; } = FormErrors.None;

    /// <summary>
    /// Queues <paramref name="request"/> unless <see cref="Errors"/> is non-empty, then navigates to the run.
    /// </summary>
    /// <returns>The new run's id, or null when nothing was queued.</returns>
    protected string? Submit(IExperimentRequest request, string route)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Errors.IsEmpty) return null;
        try
        {
            var run = Runner.Submit(request, new RunSubmitOptions { Owner = User.Name });
            Navigation.NavigateTo($"{route}/{run.Id}");
            return run.Id;
        }
        catch (RequestValidationException e)
        {
            Errors = new FormErrors(e.Errors);
        }
        catch (InvalidOperationException e) when (e is RunQueueFullException or RunLimitException) // the server-wide queue, or a per-user limit
        {
            Snackbar.Add(e.Message, Severity.Warning);
        }
        return null;
    }
}
