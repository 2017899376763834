using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HessianDashboard.Storage.Context;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build <see cref="SqliteRunStoreContext"/> without a host (see
/// docs/architecture/run-store.md); the database named here is never opened by the tool.
/// </summary>
public sealed class SqliteDesignTimeContextFactory : IDesignTimeDbContextFactory<SqliteRunStoreContext>
{
    public SqliteRunStoreContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRunStoreContext>().UseSqlite("Data Source=design-time.db").Options);
}
