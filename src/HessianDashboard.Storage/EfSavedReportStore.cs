using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Context;
using HessianDashboard.Storage.Entities;
using HessianDashboard.Storage.Mapping;
using Microsoft.EntityFrameworkCore;

namespace HessianDashboard.Storage;

/// <summary>
/// The <see cref="ISavedReportStore"/> on EF Core, in the run store's database (table <c>SavedReports</c>, created by its
/// migrations when the run store is opened). Each call uses its own context, so calls may overlap; a change checks the
/// owner and writes in one transaction.
/// </summary>
public sealed class EfSavedReportStore : ISavedReportStore
{
    private readonly RunStoreContextFactory _contexts;
    private readonly TimeProvider _time;

    /// <summary>A store over <paramref name="contexts"/>; save times come from <paramref name="time"/> (the system clock when null).</summary>
    public EfSavedReportStore(RunStoreContextFactory contexts, TimeProvider? time = null)
    {
        _contexts = contexts ?? throw new ArgumentNullException(nameof(contexts));
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<SavedReportChange> SaveAsync(SavedReportDraft draft, string? user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Validate() is { Count: > 0 } errors) throw new ArgumentException(string.Join(" ", errors), nameof(draft));
        long now = _time.GetUtcNow().UtcTicks;
        await using var db = _contexts.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        SavedReportEntity? report;
        if (draft.Id is null)
        {
            string id;
            do id = SavedReportIds.New();
            while (await db.SavedReports.AnyAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false));
            report = new SavedReportEntity { Id = id, Title = "", View = "", Notes = "", Owner = user, CreatedTicks = now };
            db.SavedReports.Add(report);
        }
        else
        {
            report = await db.SavedReports.SingleOrDefaultAsync(r => r.Id == draft.Id, cancellationToken).ConfigureAwait(false);
            if (report is null) return new SavedReportChange(SavedReportOutcome.NotFound, null);
            if (!SavedReport.MayChange(report.Owner, user)) return new SavedReportChange(SavedReportOutcome.NotOwner, ToReport(report));
        }
        report.Title = draft.Title.Trim();
        report.View = draft.View;
        report.Notes = draft.Notes;
        report.NotesLength = draft.Notes.Length;
        // Strictly increasing per report, so "saved after" holds even when two saves share a clock tick.
        report.UpdatedTicks = Math.Max(now, report.UpdatedTicks + 1);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new SavedReportChange(SavedReportOutcome.Done, ToReport(report));
    }

    /// <inheritdoc />
    public async Task<SavedReport?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!SavedReportIds.IsValid(id)) return null;
        await using var db = _contexts.CreateContext();
        var report = await db.SavedReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        return report is null ? null : ToReport(report);
    }

    /// <inheritdoc />
    public async Task<SavedReportPage> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, SavedReportPage.MaxPageSize);
        await using var db = _contexts.CreateContext();
        int total = await db.SavedReports.CountAsync(cancellationToken).ConfigureAwait(false);
        long skip = (long)page * pageSize;
        if (skip >= total) return new SavedReportPage([], total, page, pageSize);
        var rows = await db.SavedReports.AsNoTracking()
            .OrderByDescending(r => r.UpdatedTicks).ThenBy(r => r.Id)
            .Skip((int)skip).Take(pageSize)
            .Select(r => new { r.Id, r.Title, r.View, r.NotesLength, r.Owner, r.CreatedTicks, r.UpdatedTicks })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new SavedReportPage(
            [.. rows.Select(r => new SavedReportSummary(r.Id, r.Title, r.View, r.NotesLength, r.Owner, StoredTicks.ToInstant(r.CreatedTicks), StoredTicks.ToInstant(r.UpdatedTicks)))],
            total, page, pageSize);
    }

    /// <inheritdoc />
    public async Task<SavedReportOutcome> DeleteAsync(string id, string? user, CancellationToken cancellationToken = default)
    {
        if (!SavedReportIds.IsValid(id)) return SavedReportOutcome.NotFound;
        await using var db = _contexts.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var owner = await db.SavedReports.Where(r => r.Id == id).Select(r => new { r.Owner }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (owner is null) return SavedReportOutcome.NotFound;
        if (!SavedReport.MayChange(owner.Owner, user)) return SavedReportOutcome.NotOwner;
        int deleted = await db.SavedReports.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted > 0 ? SavedReportOutcome.Done : SavedReportOutcome.NotFound;
    }

    private static SavedReport ToReport(SavedReportEntity r) =>
        new(r.Id, r.Title, r.View, r.Notes, r.Owner, StoredTicks.ToInstant(r.CreatedTicks), StoredTicks.ToInstant(r.UpdatedTicks));
}
