using System.Security.Cryptography;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Context;
using HessianDashboard.Storage.Entities;
using HessianDashboard.Storage.Mapping;
using HessianDashboard.Storage.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HessianDashboard.Storage;

/// <summary>
/// The <see cref="IRunStore"/> on EF Core (SQLite or PostgreSQL, see <see cref="RunStoreContextFactory"/>). Each call uses
/// its own context, so calls may overlap. Results, manifests and event chunks are compact JSON plus a binary blob of their
/// large arrays (<see cref="Serialization.CompactJson"/>); reading never throws for what is stored (an unreadable part is
/// left out with a sentence in the run's error, and logged).
/// </summary>
public sealed partial class EfRunStore : IRunStore
{
    private readonly RunStoreContextFactory _contexts;
    private readonly RunEntityReader _reader;
    private readonly ILogger<EfRunStore> _logger;

    /// <summary>A store over <paramref name="contexts"/>; stored requests and results are typed by <paramref name="catalog"/>'s kinds.</summary>
    public EfRunStore(RunStoreContextFactory contexts, RunJobCatalog catalog, ILogger<EfRunStore> logger)
    {
        _contexts = contexts ?? throw new ArgumentNullException(nameof(contexts));
        _reader = new RunEntityReader(catalog ?? throw new ArgumentNullException(nameof(catalog)));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public RunStoreOpening Open(DateTimeOffset at, string reason)
    {
        if (_contexts.Directory is { } directory) Directory.CreateDirectory(directory);
        using var db = _contexts.CreateContext();
        db.Database.Migrate();
        // WAL: readers (pages) never wait for the writer, and a commit is one sequential append. Persistent in the file.
        if (_contexts.Provider == RunStoreProvider.Sqlite) db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        var unfinished = db.Runs.Where(r => r.State == StoredStates.Queued || r.State == StoredStates.Running).ToList();
        foreach (var run in unfinished) RunRecovery.Interrupt(db, run, at, reason);
        db.SaveChanges();
        long max = db.Runs.Max(r => (long?)r.Ordinal) ?? 0;
        if (unfinished.Count > 0) LogInterrupted(_logger, unfinished.Count, string.Join(", ", unfinished.Select(r => r.Id)));
        return new RunStoreOpening(max, [.. unfinished.Select(r => r.Id)]);
    }

    /// <inheritdoc />
    public void Save(RunWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var info = write.Info;
        using var db = _contexts.CreateContext();
        using var transaction = db.Database.BeginTransaction();
        var run = db.Runs.SingleOrDefault(r => r.Id == info.Id);
        if (run is null)
        {
            run = RunEntityWriter.Create(info, write.Ordinal);
            db.Runs.Add(run);
        }
        else if (StoredStates.Parse(run.State) is { } stored && stored.IsTerminal())
        {
            return; // a terminal run is final (e.g. interrupted at the next start while a stale process still writes)
        }
        RunEntityWriter.UpdateHeader(run, info, write.IncludeResult);
        RunRecovery.AppendEvents(db, run, write.NewEvents);
        if (write.IncludeResult) StoreResult(db, run, info.Result);
        db.SaveChanges();
        transaction.Commit();
    }

    /// <inheritdoc />
    public StoredRun? Load(string runId)
    {
        if (string.IsNullOrEmpty(runId)) return null;
        using var db = _contexts.CreateContext();
        var run = db.Runs.AsNoTracking().SingleOrDefault(r => r.Id == runId);
        if (run is null) return null;
        var tags = db.Tags.AsNoTracking().Where(t => t.RunId == runId).OrderBy(t => t.Key).Select(t => t.Tag).ToList();
        var chunks = db.EventChunks.AsNoTracking().Where(c => c.RunId == runId).OrderBy(c => c.FirstSequence).ToList();
        var resultRow = db.Results.AsNoTracking().SingleOrDefault(r => r.RunId == runId);

        var problems = new List<string>();
        var info = _reader.ReadHeader(ToHeader(run, tags), problems);
        var events = _reader.ReadEvents(runId, chunks, problems);
        info = info with
        {
            Result = _reader.ReadResult(run.Kind, resultRow, problems),
            Manifest = _reader.ReadManifest(run.ManifestJson, run.ManifestBlob, problems),
            EventCount = events.Count,
        };
        return new StoredRun(WithProblems(info, problems), run.Ordinal, events);
    }

    /// <inheritdoc />
    public async Task<RunPage> QueryAsync(RunQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Validate() is { Count: > 0 } errors) throw new ArgumentException(string.Join(" ", errors), nameof(query));
        await using var db = _contexts.CreateContext();
        var runs = RunQueryFilters.Apply(db.Runs.AsNoTracking(), query);
        int total = await runs.CountAsync(cancellationToken).ConfigureAwait(false);
        long skip = (long)query.Page * query.PageSize;
        if (skip >= total) return new RunPage([], total, query.Page, query.PageSize);
        var rows = await RunQuerySort.Apply(runs, query).Skip((int)skip).Take(query.PageSize)
            .Select(r => new RunHeaderRow(r.Id, r.Ordinal, r.Kind, r.Title, r.State, r.SubmittedTicks, r.StartedTicks, r.FinishedTicks,
                r.Progress, r.Error, r.Owner, r.Notes, r.RerunOf, r.ImportedFrom, r.RequestJson, r.EventCount,
                r.Tags.OrderBy(t => t.Key).Select(t => t.Tag).ToList()))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.Select(row =>
        {
            var problems = new List<string>();
            return WithProblems(_reader.ReadHeader(row, problems), problems);
        }).ToList();
        return new RunPage(items, total, query.Page, query.PageSize);
    }

    /// <inheritdoc />
    public async Task<bool> AnnotateAsync(string runId, IReadOnlyList<string>? tags, string? notes, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(runId)) return false;
        await using var db = _contexts.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var run = await db.Runs.Include(r => r.Tags).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken).ConfigureAwait(false);
        if (run is null) return false;
        if (tags is not null)
        {
            db.Tags.RemoveRange(run.Tags);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false); // keys may come back in another case
            run.Tags = RunEntityWriter.Tags(runId, tags);
        }
        if (notes is not null)
        {
            run.Notes = notes.Length == 0 ? null : RunEntityWriter.Clean(notes);
            run.SearchText = RunEntityWriter.SearchText(run.Title, run.Id, run.Notes);
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TagCount>> TagsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateContext();
        var spellings = await db.Tags.GroupBy(t => new { t.Key, t.Tag })
            .Select(g => new { g.Key.Key, g.Key.Tag, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Per tag: the spelling most runs use (ties: ordinal order), counted over all spellings. Done here, not in SQL,
        // because providers order case differently.
        return [.. spellings.GroupBy(s => s.Key)
            .Select(g => new TagCount(g.OrderByDescending(s => s.Count).ThenBy(s => s.Tag, StringComparer.Ordinal).First().Tag, g.Sum(s => s.Count)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Tag, StringComparer.OrdinalIgnoreCase)];
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string runId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(runId)) return false;
        await using var db = _contexts.CreateContext();
        // Children go with the run (ON DELETE CASCADE).
        int deleted = await db.Runs.Where(r => r.Id == runId && StoredStates.Terminal.Contains(r.State))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return deleted > 0;
    }

    /// <inheritdoc />
    public async Task<string> ImportAsync(RunExport run, string? owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.State.IsTerminal()) throw new ArgumentException($"Only finished runs can be imported; this one is {run.State}.", nameof(run));
        ArgumentNullException.ThrowIfNull(run.Request, nameof(run));
        await using var db = _contexts.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        string id;
        do id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        while (await db.Runs.AnyAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false));
        long ordinal = (await db.Runs.MaxAsync(r => (long?)r.Ordinal, cancellationToken).ConfigureAwait(false) ?? 0) + 1;
        var info = RunImport.ToInfo(run, id, owner);
        var entity = RunEntityWriter.Create(info, ordinal);
        RunEntityWriter.UpdateHeader(entity, info, final: true);
        db.Runs.Add(entity);
        RunRecovery.AppendEvents(db, entity, [.. run.Events.Select((e, i) => e with { Sequence = i, RunId = id })]);
        StoreResult(db, entity, run.Result);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    private void StoreResult(RunStoreContext db, StoredRunEntity run, object? result)
    {
        RunResultEntity? row;
        try
        {
            row = RunEntityWriter.Result(run.Id, result);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            // A result that cannot be serialised would fail every retry: store the run without it, and say so.
            LogResultNotStored(_logger, ex, run.Id);
            run.Error = string.Join(" ", new[] { run.Error, $"The result could not be stored: {ex.Message}" }.Where(s => !string.IsNullOrEmpty(s)));
            row = null;
        }
        var existing = db.Results.SingleOrDefault(r => r.RunId == run.Id);
        if (existing is not null) db.Results.Remove(existing);
        if (row is not null) db.Results.Add(row);
    }

    private RunInfo WithProblems(RunInfo info, List<string> problems)
    {
        if (problems.Count == 0) return info;
        LogUnreadable(_logger, info.Id, string.Join(" ", problems));
        return info with { Error = string.Join(" ", new[] { info.Error }.Concat(problems).Where(s => !string.IsNullOrEmpty(s))) };
    }

    private static RunHeaderRow ToHeader(StoredRunEntity r, List<string> tags) => new(
        r.Id, r.Ordinal, r.Kind, r.Title, r.State, r.SubmittedTicks, r.StartedTicks, r.FinishedTicks, r.Progress, r.Error,
        r.Owner, r.Notes, r.RerunOf, r.ImportedFrom, r.RequestJson, r.EventCount, tags);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The run store marked {Count} run(s) left unfinished by the previous process as interrupted: {Ids}.")]
    private static partial void LogInterrupted(ILogger logger, int count, string ids);

    [LoggerMessage(Level = LogLevel.Error, Message = "The result of run {RunId} could not be serialised; the run is stored without it.")]
    private static partial void LogResultNotStored(ILogger logger, Exception exception, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parts of stored run {RunId} could not be read: {Problems}")]
    private static partial void LogUnreadable(ILogger logger, string runId, string problems);
}
