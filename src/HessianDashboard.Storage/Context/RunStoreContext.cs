using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace HessianDashboard.Storage.Context;

/// <summary>
/// The run store's model, shared by the providers. Each provider has its own derived context
/// (<see cref="SqliteRunStoreContext"/>, <see cref="PostgresRunStoreContext"/>) so each keeps its own migrations.
/// Children (tags, parameters, event chunks, result) are deleted with their run (cascade in the database).
/// Saved review reports (<see cref="SavedReportEntity"/>) live in the same database, independent of the runs.
/// </summary>
public abstract class RunStoreContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Longest id, kind, owner and tag stored.</summary>
    public const int IdLength = 64, KindLength = 64, StateLength = 16, OwnerLength = 256, TagLength = 100;

    public DbSet<StoredRunEntity> Runs => Set<StoredRunEntity>();

    public DbSet<RunTagEntity> Tags => Set<RunTagEntity>();

    public DbSet<RunParameterEntity> Parameters => Set<RunParameterEntity>();

    public DbSet<RunEventChunkEntity> EventChunks => Set<RunEventChunkEntity>();

    public DbSet<RunResultEntity> Results => Set<RunResultEntity>();

    public DbSet<SavedReportEntity> SavedReports => Set<SavedReportEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StoredRunEntity>(run =>
        {
            run.ToTable("Runs");
            run.HasKey(r => r.Id);
            run.Property(r => r.Id).HasMaxLength(IdLength);
            run.Property(r => r.Kind).HasMaxLength(KindLength);
            run.Property(r => r.State).HasMaxLength(StateLength);
            run.Property(r => r.Owner).HasMaxLength(OwnerLength);
            run.Property(r => r.RerunOf).HasMaxLength(IdLength);
            run.Property(r => r.ImportedFrom).HasMaxLength(IdLength);
            // The history's filters and sorts.
            run.HasIndex(r => r.SubmittedTicks);
            run.HasIndex(r => r.Ordinal);
            run.HasIndex(r => r.Kind);
            run.HasIndex(r => r.State);
            run.HasIndex(r => r.Owner);
            run.HasMany(r => r.Tags).WithOne().HasForeignKey(t => t.RunId).OnDelete(DeleteBehavior.Cascade);
            run.HasMany(r => r.Parameters).WithOne().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Cascade);
            run.HasMany(r => r.EventChunks).WithOne().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
            run.HasOne(r => r.Result).WithOne().HasForeignKey<RunResultEntity>(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RunTagEntity>(tag =>
        {
            tag.ToTable("RunTags");
            tag.HasKey(t => new { t.RunId, t.Key });
            tag.Property(t => t.RunId).HasMaxLength(IdLength);
            tag.Property(t => t.Key).HasMaxLength(TagLength);
            tag.Property(t => t.Tag).HasMaxLength(TagLength);
            tag.HasIndex(t => t.Key);
        });
        modelBuilder.Entity<RunParameterEntity>(parameter =>
        {
            parameter.ToTable("RunParameters");
            parameter.HasKey(p => new { p.RunId, p.Position });
            parameter.Property(p => p.RunId).HasMaxLength(IdLength);
            parameter.Property(p => p.Path).HasMaxLength(Serialization.RequestParameters.MaxLength);
            parameter.Property(p => p.Text).HasMaxLength(Serialization.RequestParameters.MaxLength);
            parameter.HasIndex(p => p.Path);
        });
        modelBuilder.Entity<RunEventChunkEntity>(chunk =>
        {
            chunk.ToTable("RunEventChunks");
            chunk.HasKey(c => new { c.RunId, c.FirstSequence });
            chunk.Property(c => c.RunId).HasMaxLength(IdLength);
        });
        modelBuilder.Entity<RunResultEntity>(result =>
        {
            result.ToTable("RunResults");
            result.HasKey(r => r.RunId);
            result.Property(r => r.RunId).HasMaxLength(IdLength);
        });
        modelBuilder.Entity<SavedReportEntity>(report =>
        {
            report.ToTable("SavedReports");
            report.HasKey(r => r.Id);
            report.Property(r => r.Id).HasMaxLength(IdLength);
            report.Property(r => r.Title).HasMaxLength(SavedReportDraft.MaxTitleLength);
            report.Property(r => r.View).HasMaxLength(SavedReportDraft.MaxViewLength);
            report.Property(r => r.Owner).HasMaxLength(OwnerLength);
            // The list: most recently saved first.
            report.HasIndex(r => r.UpdatedTicks);
        });
    }
}
