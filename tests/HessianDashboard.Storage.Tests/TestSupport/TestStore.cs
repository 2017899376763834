using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Storage.Context;

namespace HessianDashboard.Storage.Tests.TestSupport;

/// <summary>An opened <see cref="EfRunStore"/> over the built-in job kinds, with a logger that keeps what it is told.</summary>
public sealed class TestStore
{
    public TestStore(RunStoreContextFactory factory, bool empty)
    {
        Factory = factory;
        Store = new EfRunStore(factory, RunJobCatalog.CreateDefault(), Log);
        Store.Open(DateTimeOffset.UtcNow, "opened by a test");
        if (empty) StoreDatabases.Empty(factory);
    }

    public RunStoreContextFactory Factory { get; }

    public ListLogger<EfRunStore> Log { get; } = new();

    public EfRunStore Store { get; }

    /// <summary>A store over <paramref name="factory"/>'s database that is not opened (no recovery): to look at what another store wrote.</summary>
    public static EfRunStore Reader(RunStoreContextFactory factory) => new(factory, RunJobCatalog.CreateDefault(), new ListLogger<EfRunStore>());

    /// <summary>A second store over the same database (what the next process would open).</summary>
    public EfRunStore Reopen(RunJobCatalog? catalog = null) => new(Factory, catalog ?? RunJobCatalog.CreateDefault(), new ListLogger<EfRunStore>());
}
