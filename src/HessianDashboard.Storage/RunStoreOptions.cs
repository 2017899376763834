namespace HessianDashboard.Storage;

/// <summary>Settings of the run store, bound to the <c>RunStore</c> configuration section.</summary>
public sealed class RunStoreOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "RunStore";

    /// <summary>The SQLite database's file name inside <see cref="Directory"/> (fixed: only the folder is configurable).</summary>
    public const string SqliteFileName = "runs.db";

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSql</c>.</summary>
    public RunStoreProvider Provider { get; set; } = RunStoreProvider.Sqlite;

    /// <summary>The SQLite store's folder, relative to the host's content root unless absolute (default <c>data</c>).</summary>
    public string Directory { get; set; } = "data";

    /// <summary>The PostgreSQL connection string (required for <see cref="RunStoreProvider.PostgreSql"/>, unused otherwise).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Problems with the settings; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Provider)) errors.Add($"RunStore:Provider must be Sqlite or PostgreSql, got {Provider}.");
        if (Provider == RunStoreProvider.Sqlite && string.IsNullOrWhiteSpace(Directory))
            errors.Add("RunStore:Directory must name a folder for the SQLite run store (e.g. \"data\").");
        if (Provider == RunStoreProvider.Sqlite && Directory?.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            errors.Add($"RunStore:Directory '{Directory}' is not a valid path.");
        if (Provider == RunStoreProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
            errors.Add("RunStore:ConnectionString is required when RunStore:Provider is PostgreSql (e.g. \"Host=127.0.0.1;Username=hessian;Database=hessian\").");
        return errors;
    }
}
