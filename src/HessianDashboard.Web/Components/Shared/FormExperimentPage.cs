using HessianDashboard.Experiments.Common;
using HessianDashboard.Web.Components.Networks;

namespace HessianDashboard.Web.Components.Shared;

/// <summary>
/// An <see cref="ExperimentPage"/> whose whole form is one <see cref="IExperimentForm{TRequest}"/>: it revalidates on
/// every change, refills the form when the route names a run of its request type, and submits to <see cref="Route"/>.
/// </summary>
public abstract class FormExperimentPage<TRequest, TForm> : ExperimentPage
    where TRequest : class, IExperimentRequest
    where TForm : IExperimentForm<TRequest>, new()
{
    private string? _loaded;

    /// <summary>The form's model.</summary>
    protected TForm Model { get; } = new();

    /// <summary>The page's route without the leading slash; runs open at Route/{runId}.</summary>
    protected abstract string Route { get; }

    protected override void OnParametersSet()
    {
        if (RunId is not null && RunId != _loaded && Runner.Get(RunId)?.Request is TRequest request) Model.Load(request);
        _loaded = RunId ?? "";
        Revalidate();
    }

    /// <summary>Shows the form's current messages.</summary>
    protected void Revalidate() => Errors = new FormErrors(Model.Check());

    /// <summary>Validates, then queues the request and opens its run.</summary>
    protected void Run()
    {
        Revalidate();
        if (Errors.IsEmpty && Submit(Model.ToRequest(), Route) is { } id) _loaded = id;
    }
}
