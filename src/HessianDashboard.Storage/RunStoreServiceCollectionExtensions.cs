using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Context;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Storage;

/// <summary>Registers the persistent run store.</summary>
public static class RunStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RunStoreOptions"/> (section <c>RunStore</c>, validated at start), a <see cref="RunStoreContextFactory"/>
    /// whose SQLite folder is resolved once against <paramref name="contentRootPath"/>, and <see cref="EfRunStore"/> as
    /// <see cref="IRunStore"/>, and <see cref="EfSavedReportStore"/> as <see cref="ISavedReportStore"/> (same database). The in-process runner takes the store from the container; the store is opened (migrated, and
    /// unfinished runs of the previous process marked interrupted) when the runner starts.
    /// </summary>
    public static IServiceCollection AddRunStore(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(contentRootPath);
        services.AddOptions<RunStoreOptions>()
            .Bind(configuration.GetSection(RunStoreOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RunStoreOptions>, RunStoreOptionsValidator>());
        services.TryAddSingleton(sp => new RunStoreContextFactory(sp.GetRequiredService<IOptions<RunStoreOptions>>().Value, contentRootPath));
        services.TryAddSingleton<IRunStore>(sp => new EfRunStore(
            sp.GetRequiredService<RunStoreContextFactory>(), sp.GetRequiredService<RunJobCatalog>(), sp.GetRequiredService<ILogger<EfRunStore>>()));
        services.TryAddSingleton<ISavedReportStore>(sp => new EfSavedReportStore(sp.GetRequiredService<RunStoreContextFactory>(), sp.GetService<TimeProvider>()));
        return services;
    }
}
