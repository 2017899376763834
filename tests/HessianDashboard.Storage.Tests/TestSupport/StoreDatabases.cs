using HessianDashboard.Storage.Context;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HessianDashboard.Storage.Tests.TestSupport;

/// <summary>
/// The databases of one test class (a class fixture): a fresh SQLite file per store, and, when <see cref="PostgresVariable"/>
/// holds a connection string, one fresh PostgreSQL database <c>hessian_test_&lt;random&gt;</c> for the class, emptied for
/// each store and dropped afterwards. Without the variable, PostgreSQL cases skip.
/// </summary>
public sealed class StoreDatabases : IAsyncLifetime
{
    /// <summary>The environment variable naming a PostgreSQL server (CI sets it; see .ci/run).</summary>
    public const string PostgresVariable = "HESSIAN_TEST_POSTGRES";

    private readonly List<string> _directories = [];
    private string? _postgresAdmin;
    private string? _postgresDatabase;

    /// <summary>The providers every store test runs against.</summary>
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    /// <summary>
    /// An opened, empty store on <paramref name="provider"/> ("sqlite" or "postgres"); skips the test for "postgres"
    /// when no server is configured.
    /// </summary>
    public TestStore Create(string provider) => new(Factory(provider), empty: true);

    /// <summary>A new factory on the database of <paramref name="provider"/> (a new SQLite folder each call).</summary>
    public RunStoreContextFactory Factory(string provider)
    {
        if (provider == "sqlite")
        {
            string directory = Directory.CreateTempSubdirectory("hessian-store-").FullName;
            lock (_directories) _directories.Add(directory);
            return new RunStoreContextFactory(new RunStoreOptions { Directory = "store" }, directory);
        }
        string? admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrEmpty(admin)) Assert.Skip($"{PostgresVariable} is not set: the PostgreSQL case is skipped (CI sets it).");
        return new RunStoreContextFactory(new RunStoreOptions { Provider = RunStoreProvider.PostgreSql, ConnectionString = EnsureDatabase(admin) }, ".");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var directory in _directories.Where(Directory.Exists)) Directory.Delete(directory, recursive: true);
        if (_postgresDatabase is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgresAdmin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Empties every table (the PostgreSQL database is shared by the class's tests, which run one at a time).</summary>
    internal static void Empty(RunStoreContextFactory factory)
    {
        if (factory.Provider != RunStoreProvider.PostgreSql) return;
        using var db = factory.CreateContext();
        db.Database.ExecuteSqlRaw("TRUNCATE \"Runs\", \"RunTags\", \"RunParameters\", \"RunEventChunks\", \"RunResults\", \"SavedReports\"");
    }

    private string EnsureDatabase(string admin)
    {
        if (_postgresDatabase is null)
        {
            string name = $"hessian_test_{Guid.NewGuid():N}"[..26];
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
            (_postgresAdmin, _postgresDatabase) = (admin, name);
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = _postgresDatabase }.ConnectionString;
    }
}
