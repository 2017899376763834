using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>The real host (Program) on Kestrel at 127.0.0.1 on a free port, for HTTP and browser tests.</summary>
public sealed class DashboardServer : WebApplicationFactory<Program>
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("hessian-server-artifacts-").FullName;
    private readonly string _runStore = Directory.CreateTempSubdirectory("hessian-server-runs-").FullName;
    private Uri? _address;

    public DashboardServer()
    {
        // Port 0: the OS picks a free port; the root appsettings.json's Urls are overridden.
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address => _address ??= Start();

    private Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("The server reports no addresses.");
        return new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");
    }

    /// <summary>The run store's folder (temporary: this server's runs.db).</summary>
    public string RunStoreDirectory => _runStore;

    /// <summary>The artifact store's folder (temporary: trained checkpoints, exact spectra and imports of this server).</summary>
    public string ArtifactsDirectory => _artifacts;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The network pages read shared/data (when present) without downloading; artifacts and runs go to temporary folders.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Directory"] = SharedDataFolder.Path,
            ["Data:AllowDownload"] = "false",
            ["Artifacts:Directory"] = _artifacts,
            ["RunStore:Provider"] = "Sqlite",
            ["RunStore:Directory"] = _runStore,
        }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        if (Directory.Exists(_artifacts)) Directory.Delete(_artifacts, recursive: true);
        if (Directory.Exists(_runStore)) Directory.Delete(_runStore, recursive: true);
    }

    /// <summary>A client for <see cref="Address"/> over real HTTP.</summary>
    public HttpClient CreateHttpClient() => new() { BaseAddress = Address };
}
