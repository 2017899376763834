using Bunit;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Interop;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Trajectory;

/// <summary>
/// A bUnit context for a live run view fed by a <see cref="ScriptedRunRunner"/>: MudBlazor with loose JS interop (charts
/// are created with id 0) and the file downloader the chart cards inject.
/// </summary>
public abstract class ScriptedRunContext : BunitContext
{
    /// <summary>The scripted run's id.</summary>
    protected const string Id = "0123456789ab";

    protected ScriptedRunContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddScoped<BrowserFileDownloader>();
    }

    /// <summary>Registers a scripted runner for <paramref name="request"/> (before the first render resolves any service).</summary>
    private protected ScriptedRunRunner Script(IExperimentRequest request)
    {
        var runner = new ScriptedRunRunner(Id, request);
        Services.AddSingleton<IRunRunner>(runner);
        return runner;
    }
}
