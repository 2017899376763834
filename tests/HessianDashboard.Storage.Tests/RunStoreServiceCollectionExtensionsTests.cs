using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Context;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Storage.Tests;

public sealed class RunStoreServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-root-").FullName;

    [Fact]
    public async Task AddRunStore_Defaults_GiveTheRunnerASqliteStoreInDataRunsDbInWalMode()
    {
        await using var services = Services([]);
        var runner = services.GetRequiredService<InProcessRunRunner>();
        var factory = services.GetRequiredService<RunStoreContextFactory>();

        await runner.StartAsync(TestContext.Current.CancellationToken);
        var run = runner.Submit(TestSupport.RunSamples.Lanczos(n: 20));
        await foreach (var _ in runner.StreamAsync(run.Id, 0, TestContext.Current.CancellationToken))
        {
        }
        await runner.StopAsync(TestContext.Current.CancellationToken);

        factory.Provider.ShouldBe(RunStoreProvider.Sqlite);
        factory.DatabasePath.ShouldBe(Path.Combine(_root, "data", "runs.db"));
        File.Exists(factory.DatabasePath).ShouldBeTrue();
        services.GetRequiredService<IRunStore>().Load(run.Id).ShouldNotBeNull().Info.State.ShouldBe(RunState.Succeeded);
        using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode;";
        pragma.ExecuteScalar().ShouldBe("wal");
    }

    [Theory]
    [InlineData("store/runs", "store/runs")]
    [InlineData("../outside", "../outside")]
    public async Task AddRunStore_RelativeDirectory_IsResolvedOnceAgainstTheContentRootWithTheFixedFileName(string directory, string expected)
    {
        await using var services = Services(new() { ["RunStore:Directory"] = directory });

        var factory = services.GetRequiredService<RunStoreContextFactory>();

        factory.Directory.ShouldBe(Path.GetFullPath(Path.Combine(_root, expected)));
        Path.GetFileName(factory.DatabasePath).ShouldBe(RunStoreOptions.SqliteFileName);
    }

    [Fact]
    public async Task AddRunStore_PostgreSqlWithoutConnectionString_FailsWithAClearMessage()
    {
        await using var services = Services(new() { ["RunStore:Provider"] = "PostgreSql" });

        var ex = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<RunStoreOptions>>().Value);

        ex.Message.ShouldContain("RunStore:ConnectionString is required when RunStore:Provider is PostgreSql");
    }

    [Fact]
    public async Task AddRunStore_UnknownProvider_FailsNamingTheSetting()
    {
        await using var services = Services(new() { ["RunStore:Provider"] = "Oracle" });

        var ex = Should.Throw<InvalidOperationException>(() => services.GetRequiredService<IOptions<RunStoreOptions>>().Value);

        ex.Message.ShouldContain("RunStore:Provider");
    }

    [Fact]
    public void RunStoreContextFactory_EmptySqliteDirectory_ThrowsArgumentExceptionSayingWhat()
    {
        var ex = Should.Throw<ArgumentException>(() => new RunStoreContextFactory(new RunStoreOptions { Directory = " " }, _root));

        ex.Message.ShouldContain("RunStore:Directory must name a folder");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory>();
        services.AddSingleton(typeof(ILogger<>), typeof(Microsoft.Extensions.Logging.Abstractions.NullLogger<>));
        services.AddRunRunner(configuration);
        services.AddRunStore(configuration, _root);
        return services.BuildServiceProvider();
    }
}
