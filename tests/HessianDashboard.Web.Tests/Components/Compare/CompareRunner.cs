using System.Collections.Concurrent;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks.Jobs;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.Components.Compare;

/// <summary>
/// A real, started <see cref="InProcessRunRunner"/> with every job handler (network ones on shared/data, artifacts in a
/// temporary folder), shared by a test class: each distinct request runs once and its snapshot and events are kept.
/// </summary>
public sealed class CompareRunner : IAsyncLifetime
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("hessian-compare-").FullName;
    private readonly ConcurrentDictionary<string, Lazy<Task<(RunInfo Run, IReadOnlyList<RunEvent> Events)>>> _done = new();
    private ServiceProvider? _services;

    public InProcessRunRunner Runner => _services!.GetRequiredService<InProcessRunRunner>();

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Directory"] = SharedDataFolder.Path,
            ["Data:AllowDownload"] = "false",
            ["Artifacts:Directory"] = _artifacts,
        }).Build();
        _services = new ServiceCollection().AddLogging().AddRunRunner(configuration).AddNetworkJobs(configuration).BuildServiceProvider();
        await Runner.StartAsync(CancellationToken.None);
    }

    /// <summary>Runs <paramref name="request"/> (once per <paramref name="key"/>) to its end: the final snapshot and the whole event log.</summary>
    public Task<(RunInfo Run, IReadOnlyList<RunEvent> Events)> RunAsync(string key, IExperimentRequest request) =>
        _done.GetOrAdd(key, _ => new(async () =>
        {
            var run = Runner.Submit(request);
            await foreach (var _ in Runner.StreamAsync(run.Id))
            {
            }
            return (Runner.Get(run.Id)!, Runner.Events(run.Id));
        })).Value;

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await Runner.StopAsync(CancellationToken.None);
            await _services.DisposeAsync();
        }
        if (Directory.Exists(_artifacts)) Directory.Delete(_artifacts, recursive: true);
    }
}
