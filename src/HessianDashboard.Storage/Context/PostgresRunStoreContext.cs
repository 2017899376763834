using Microsoft.EntityFrameworkCore;

namespace HessianDashboard.Storage.Context;

/// <summary>The run store on PostgreSQL (<c>RunStore:Provider = PostgreSql</c>); migrations in Migrations/Postgres.</summary>
public sealed class PostgresRunStoreContext(DbContextOptions<PostgresRunStoreContext> options) : RunStoreContext(options);
