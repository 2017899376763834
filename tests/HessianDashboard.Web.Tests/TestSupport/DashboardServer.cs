using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// The real host (Program) on Kestrel on a free port, for HTTP and browser tests: at 127.0.0.1 (open, as a developer
/// runs it), or — for derived servers — on another binding such as 0.0.0.0, reached through 127.0.0.1 (the binding
/// decides whether sign-in is required, not the client).
/// </summary>
public class DashboardServer : WebApplicationFactory<Program>
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("hessian-server-artifacts-").FullName;
    private readonly string _runStore = Directory.CreateTempSubdirectory("hessian-server-runs-").FullName;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private Uri? _address;

    public DashboardServer() : this(System.Net.IPAddress.Loopback, new Dictionary<string, string?>())
    {
    }

    /// <summary>A server bound to <paramref name="bind"/> (port 0) with extra configuration <paramref name="settings"/>.</summary>
    protected DashboardServer(System.Net.IPAddress bind, IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        // Port 0: the OS picks a free port; the root appsettings.json's Urls are overridden.
        UseKestrel(options => options.Listen(bind, 0));
    }

    /// <summary>The address to connect to, e.g. http://127.0.0.1:41234/ (an any-address binding is reached through 127.0.0.1).</summary>
    public Uri Address => _address ??= Start();

    /// <summary>The address the server reports it listens on, e.g. http://0.0.0.0:41234.</summary>
    public string ListeningAddress => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    private Uri Start()
    {
        StartServer();
        var address = new UriBuilder(ListeningAddress);
        if (address.Host is "0.0.0.0" or "[::]") address.Host = "127.0.0.1";
        return new Uri(address.Uri.ToString().TrimEnd('/') + "/");
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
        }).AddInMemoryCollection(_settings));
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
