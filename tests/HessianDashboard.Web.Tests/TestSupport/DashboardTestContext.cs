using Bunit;
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
        Services.AddOptions<LabOptions>().Bind(configuration.GetSection(LabOptions.SectionName));
        Services.AddOptions<DashboardOptions>();
        Services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(DataDirectory));
        Services.AddSingleton<MatrixUploadStore>();
        Services.AddScoped<BrowserFileDownloader>();
        Services.AddNetworkJobs(configuration);
        Services.AddOptions<CheckpointsOptions>().Bind(configuration.GetSection(CheckpointsOptions.SectionName));
        Services.AddSingleton<CheckpointCatalog>();
        // Pages name the signed-in user as the owner of their runs; bUnit's authorization stands in (anonymous unless a test signs in).
        AddAuthorization();
        Services.AddScoped<CurrentUser>();
        Render<MudPopoverProvider>();
    }

    /// <summary>The temporary data directory (uploads go to its <c>uploads/</c>, artifacts to its <c>artifacts/</c>).</summary>
    protected string DataDirectory { get; }

    protected InProcessRunRunner Runner => Services.GetRequiredService<InProcessRunRunner>();

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
