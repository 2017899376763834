using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Handlers;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Experiments.Networks.Jobs;

/// <summary>Registers the network experiments' settings, the artifact store and their job handlers.</summary>
public static class NetworkJobsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DataOptions"/> (section "Data") and <see cref="ArtifactStoreOptions"/> (section "Artifacts"),
    /// registers one <see cref="NetworkArtifactStore"/> and the train-mlp, train-nanogpt and network-spectrum handlers.
    /// </summary>
    public static IServiceCollection AddNetworkJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DataOptions>().Bind(configuration.GetSection(DataOptions.SectionName));
        services.AddOptions<ArtifactStoreOptions>().Bind(configuration.GetSection(ArtifactStoreOptions.SectionName));
        services.TryAddSingleton(sp => new NetworkArtifactStore(sp.GetRequiredService<IOptions<ArtifactStoreOptions>>().Value));
        services.TryAddSingleton(sp => new DataLocator(sp.GetRequiredService<IOptions<DataOptions>>().Value));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<DataOptions>>().Value); // for handlers that take the options themselves
        return services.AddRunJobHandler<TrainMlpJobHandler>()
            .AddRunJobHandler<TrainNanoGptJobHandler>()
            .AddRunJobHandler<NetworkSpectrumJobHandler>()
            .AddRunJobHandler<ExactVsLanczosJobHandler>()
            .AddRunJobHandler<BatchSizeStudyJobHandler>()
            .AddRunJobHandler<TrajectoryJobHandler>()
            .AddRunJobHandler<NanoGptTrajectoryJobHandler>()
            .AddRunJobHandler<BlockSpectraJobHandler>();
    }
}
