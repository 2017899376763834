using HessianDashboard.Experiments.Jobs.Handlers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>Registers the job runner and its handlers.</summary>
public static class RunnerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RunnerOptions"/> (bound to the <c>Runner</c> section of <paramref name="configuration"/>),
    /// the built-in job handlers, and <see cref="InProcessRunRunner"/> as itself, as <see cref="IRunRunner"/> and as a
    /// hosted service (one instance for all three).
    /// </summary>
    public static IServiceCollection AddRunRunner(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RunnerOptions>()
            .Bind(configuration.GetSection(RunnerOptions.SectionName))
            .Validate(o => o.Validate().Count == 0, "Invalid Runner settings: give Workers in [1, 64], QueueCapacity in [1, 100000], MaxFinishedRuns ≥ 0, " +
                "SubmissionsPerMinutePerUser and QueuedRunsPerUser in [1, 100000].");
        services.TryAddSingleton(TimeProvider.System);
        services.AddRunJobHandler<LanczosRunJobHandler>()
            .AddRunJobHandler<SpectrumComparisonJobHandler>()
            .AddRunJobHandler<RuntimeStudyJobHandler>()
            .AddRunJobHandler<ConvergenceStudyJobHandler>();
        services.TryAddSingleton(sp => new RunJobCatalog(sp.GetServices<IRunJobHandler>()));
        services.TryAddSingleton<InProcessRunRunner>();
        services.TryAddSingleton<IRunRunner>(sp => sp.GetRequiredService<InProcessRunRunner>());
        services.AddHostedService(sp => sp.GetRequiredService<InProcessRunRunner>());
        return services;
    }

    /// <summary>Registers one more job handler (a singleton); later experiments plug in here without touching the runner.</summary>
    public static IServiceCollection AddRunJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IRunJobHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRunJobHandler, THandler>());
        return services;
    }
}
