using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HessianDashboard.Storage.Context;

/// <summary>Lets <c>dotnet ef migrations add</c> build <see cref="PostgresRunStoreContext"/> without a host or a server.</summary>
public sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresRunStoreContext>
{
    public PostgresRunStoreContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRunStoreContext>().UseNpgsql("Host=localhost;Database=hessian_design_time").Options);
}
