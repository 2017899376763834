namespace HessianDashboard.Storage;

/// <summary>The database behind the run store.</summary>
public enum RunStoreProvider
{
    /// <summary>One SQLite file, <c>{RunStore:Directory}/runs.db</c> (the default; nothing to install).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server named by <c>RunStore:ConnectionString</c>.</summary>
    PostgreSql,
}
