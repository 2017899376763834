using Bunit;
using Bunit.TestDoubles;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks.Jobs;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Checkpoints;
using HessianDashboard.Web.Interop;
using HessianDashboard.Web.Options;
using HessianDashboard.Web.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using MudBlazor;
using MudBlazor.Services;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// A bUnit context with what the lab and studies pages inject: MudBlazor (loose JS interop: charts are created with id 0),
/// the real in-process runner (started only by <see cref="StartRunnerAsync"/>) and an upload store in a temporary folder.
/// </summary>
public abstract class DashboardTestContext : BunitContext
{
    protected DashboardTestContext()
        : this(null)
    {
    }

    /// <summary>A context with <paramref name="moreServices"/> registered too (e.g. a test job handler), before any is resolved.</summary>
    protected DashboardTestContext(Action<IServiceCollection>? moreServices)
    {
        DataDirectory = Directory.CreateTempSubdirectory("hessian-lab-").FullName;
        JSInterop.Mode = JSRuntimeMode.Loose;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Lab:DataDirectory"] = DataDirectory,
            ["Lab:MaxUploadMegabytes"] = "1",
            // The network pages: shared/data (when present), no downloads, artifacts in the temporary folder.
            ["Data:Directory"] = SharedDataFolder.Path,
            ["Data:AllowDownload"] = "false",
            ["Artifacts:Directory"] = Path.Combine(DataDirectory, "artifacts"),
            ["Checkpoints:MaxUploadMegabytes"] = "1",
        }).Build();
        Services.AddMudServices();
        Services.AddRunRunner(configuration);
        // Pages get the real runner behind a recorder of who submitted each run.
        Services.AddSingleton<RecordingRunRunner>();
        Services.AddSingleton<IRunRunner>(sp => sp.GetRequiredService<RecordingRunRunner>());
        Services.AddOptions<LabOptions>().Bind(configuration.GetSection(LabOptions.SectionName));
        Services.AddOptions<DashboardOptions>();
        Services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(DataDirectory));
        Services.AddSingleton<MatrixUploadStore>();
        Services.AddScoped<BrowserFileDownloader>();
        Services.AddNetworkJobs(configuration);
        Services.AddOptions<CheckpointsOptions>().Bind(configuration.GetSection(CheckpointsOptions.SectionName));
        Services.AddSingleton<CheckpointCatalog>();
        // Pages name the signed-in user as the owner of their runs; bUnit's authorization stands in (anonymous unless a test signs in).
        Authorization = AddAuthorization();
        Services.AddScoped<CurrentUser>();
        moreServices?.Invoke(Services);
        Render<MudPopoverProvider>();
    }

    /// <summary>Who the pages see as signed in (anonymous until a test calls <c>SetAuthorized</c>).</summary>
    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>The temporary data directory (uploads go to its <c>uploads/</c>, artifacts to its <c>artifacts/</c>).</summary>
    protected string DataDirectory { get; }

    protected InProcessRunRunner Runner => Services.GetRequiredService<InProcessRunRunner>();

    /// <summary>The options each run was submitted with through <see cref="IRunRunner"/> (the pages' runner).</summary>
    internal RecordingRunRunner Submissions => Services.GetRequiredService<RecordingRunRunner>();

    /// <summary>Starts the runner so submitted runs compute.</summary>
    protected Task StartRunnerAsync() => Runner.StartAsync(Xunit.TestContext.Current.CancellationToken);

    /// <summary>Waits (at most 60 s) until <paramref name="runId"/> reaches a terminal state.</summary>
    protected async Task<RunInfo> WaitForRunAsync(string runId)
    {
        await foreach (var _ in Runner.StreamAsync(runId).WithCancellation(Xunit.TestContext.Current.CancellationToken).ConfigureAwait(false))
        {
        }
        return Runner.Get(runId)!;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }

    private sealed class TestHostEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "HessianDashboard.Web.Tests";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
