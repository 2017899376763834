using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HessianDashboard.Storage.Context;

/// <summary>
/// Creates a fresh <see cref="RunStoreContext"/> of the configured provider for each unit of work (contexts are not
/// thread-safe; this factory is). The SQLite file's full path is resolved once, from the options and the content root.
/// </summary>
public sealed class RunStoreContextFactory
{
    private readonly DbContextOptions _options;

    /// <summary>A factory for <paramref name="options"/>; a relative SQLite directory is taken from <paramref name="contentRootPath"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public RunStoreContextFactory(RunStoreOptions options, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(contentRootPath);
        if (options.Validate() is { Count: > 0 } errors) throw new ArgumentException(string.Join(" ", errors), nameof(options));
        Provider = options.Provider;
        if (Provider == RunStoreProvider.PostgreSql)
        {
            _options = new DbContextOptionsBuilder<PostgresRunStoreContext>().UseNpgsql(options.ConnectionString).Options;
            return;
        }
        Directory = Path.GetFullPath(Path.Combine(Path.GetFullPath(contentRootPath), options.Directory));
        DatabasePath = Path.Combine(Directory, RunStoreOptions.SqliteFileName);
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            // Microsoft.Data.Sqlite retries a busy database until the command timeout: the busy timeout.
            DefaultTimeout = 30,
        };
        _options = new DbContextOptionsBuilder<SqliteRunStoreContext>().UseSqlite(connection.ToString()).Options;
    }

    public RunStoreProvider Provider { get; }

    /// <summary>The SQLite store's folder (full path), or null for PostgreSQL.</summary>
    public string? Directory { get; }

    /// <summary>The SQLite database file (full path), or null for PostgreSQL.</summary>
    public string? DatabasePath { get; }

    /// <summary>A new context; dispose it after the unit of work.</summary>
    public RunStoreContext CreateContext() => Provider == RunStoreProvider.PostgreSql
        ? new PostgresRunStoreContext((DbContextOptions<PostgresRunStoreContext>)_options)
        : new SqliteRunStoreContext((DbContextOptions<SqliteRunStoreContext>)_options);
}
