using Microsoft.EntityFrameworkCore;

namespace HessianDashboard.Storage.Context;

/// <summary>The run store on SQLite (the default: one file, <c>{RunStore:Directory}/runs.db</c>); migrations in Migrations/Sqlite.</summary>
public sealed class SqliteRunStoreContext(DbContextOptions<SqliteRunStoreContext> options) : RunStoreContext(options);
