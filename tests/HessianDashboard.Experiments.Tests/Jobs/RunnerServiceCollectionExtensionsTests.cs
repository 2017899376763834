using HessianDashboard.Experiments.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Experiments.Tests.Jobs;

public class RunnerServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddRunRunner_InAHost_BindsTheRunnerSectionAndRunsJobs()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Runner:Workers"] = "2",
            ["Runner:QueueCapacity"] = "3",
            ["Runner:MaxFinishedRuns"] = "7",
        });
        builder.Services.AddRunRunner(builder.Configuration);
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(RunnerHarness.Cap);
        await host.StartAsync(timeout.Token);

        var options = host.Services.GetRequiredService<IOptions<RunnerOptions>>().Value;
        var runner = host.Services.GetRequiredService<IRunRunner>();
        var run = runner.Submit(RunnerHarness.SmallLanczos(n: 12));
        await foreach (var _ in runner.StreamAsync(run.Id, 0, timeout.Token)) { }
        var done = runner.Get(run.Id)!;
        await host.StopAsync(timeout.Token);

        (options.Workers, options.QueueCapacity, options.MaxFinishedRuns).ShouldBe((2, 3, 7));
        runner.ShouldBeSameAs(host.Services.GetRequiredService<InProcessRunRunner>());
        host.Services.GetServices<IHostedService>().ShouldContain(s => ReferenceEquals(s, runner));
        done.State.ShouldBe(RunState.Succeeded);
    }

    [Fact]
    public void AddRunRunner_InvalidSettings_FailsWhenTheRunnerIsResolved()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Runner:Workers"] = "0" })
            .Build();
        using var provider = new ServiceCollection().AddLogging().AddRunRunner(configuration).BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IRunRunner>());
    }
}
