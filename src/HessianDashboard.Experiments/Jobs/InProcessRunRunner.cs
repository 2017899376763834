using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// The single-machine <see cref="IRunRunner"/>: a hosted service whose <see cref="RunnerOptions.Workers"/>
/// loops take runs from a queue of at most <see cref="RunnerOptions.QueueCapacity"/> waiting runs and
/// compute each on a dedicated thread, so the host stays responsive. Every run keeps an append-only
/// <see cref="RunEventLog"/>; readers follow it with their own cursors, so none can slow a run.
/// Stopping the host cancels running runs (they keep their partial results) and queued ones.
/// With an <see cref="IRunStore"/>, runs last: the store is opened before the first run (unfinished runs of the previous
/// process become interrupted, ordinals continue), a background <see cref="RunPersister"/> writes every change, and runs
/// no longer in memory are read back from the store. Without one (the CLI) runs live in memory only.
/// </summary>
public sealed partial class InProcessRunRunner : BackgroundService, IRunRunner
{
    /// <summary>The error of runs found unfinished when the store is opened.</summary>
    public const string InterruptedReason = "The server stopped (a crash, kill or restart) while the run was queued or running.";

    private const int StoredRunCacheSize = 16;

    private readonly RunnerOptions _options;
    private readonly RunJobCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly ILogger<InProcessRunRunner> _logger;
    private readonly RunChangeNotifier _notifier;
    private readonly SubmissionLimiter _limiter;
    private readonly ConcurrentDictionary<string, RunRecord> _runs = new(StringComparer.Ordinal);
    // Unbounded channel, bounded by _waiting: a run cancelled while queued frees its slot at once.
    private readonly Channel<RunRecord> _queue = Channel.CreateUnbounded<RunRecord>();
    private readonly Queue<RunRecord> _finished = new();
    private readonly Lock _finishedGate = new();
    private readonly IRunStore? _store;
    private readonly RunPersister? _persister;
    private readonly StoredRunCache? _storedRuns;
    private readonly Lock _openGate = new();
    private volatile bool _opened;
    private int _waiting;
    private long _ordinal;
    private volatile bool _stopped;

    /// <summary>
    /// A runner with <paramref name="options"/> over the handlers of <paramref name="catalog"/>, keeping runs in
    /// <paramref name="store"/> when one is given (memory only otherwise).
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public InProcessRunRunner(IOptions<RunnerOptions> options, RunJobCatalog catalog, ILogger<InProcessRunRunner> logger, TimeProvider? time = null,
        IRunStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        if (_options.Validate() is { Count: > 0 } errors) throw new ArgumentException(string.Join(" ", errors), nameof(options));
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _time = time ?? TimeProvider.System;
        _notifier = new RunChangeNotifier(_time, logger);
        _store = store;
        if (store is not null)
        {
            _persister = new RunPersister(store, _time, logger);
            _storedRuns = new StoredRunCache(StoredRunCacheSize, _time);
        }
        // Memory only: a run the limiter tracks is queued or recent, never one to load from the store.
        _limiter = new SubmissionLimiter(_options, id => _runs.TryGetValue(id, out var r) ? r.Snapshot(_time.GetUtcNow()).State : null, _time);
    }

    /// <inheritdoc />
    public event Action<RunInfo>? RunChanged
    {
        add => _notifier.RunChanged += value;
        remove => _notifier.RunChanged -= value;
    }

    /// <inheritdoc />
    public RunInfo Submit(IExperimentRequest request, RunSubmitOptions? options = null)
    {
        request.EnsureValid();
        var handler = _catalog.Find(request);
        if (_stopped) throw new InvalidOperationException("The runner has stopped; no new runs are accepted.");
        EnsureOpen();
        var now = _time.GetUtcNow();
        RunRecord run;
        do run = new RunRecord(NewId(), Interlocked.Increment(ref _ordinal), request, handler, now, options);
        while (_runs.ContainsKey(run.Id));
        _limiter.Admit(options?.Owner, run.Id);
        if (Interlocked.Increment(ref _waiting) > _options.QueueCapacity)
        {
            Interlocked.Decrement(ref _waiting);
            _limiter.Withdraw(options?.Owner, run.Id);
            throw new RunQueueFullException(_options.QueueCapacity);
        }
        run.AnnounceQueued();
        _runs[run.Id] = run;
        _persister?.Track(run);
        _queue.Writer.TryWrite(run);
        if (_stopped) CancelQueued(run, "The server stopped before the run started.");
        _notifier.Post(run);
        return run.Snapshot(now);
    }

    /// <inheritdoc />
    public bool Cancel(string runId)
    {
        if (runId is null || !_runs.TryGetValue(runId, out var run)) return false;
        return CancelQueued(run, null) || run.RequestCancel();
    }

    /// <inheritdoc />
    public RunInfo? Get(string runId)
    {
        if (runId is null) return null;
        if (FindLive(runId) is { } run) return run.Snapshot(_time.GetUtcNow());
        return LoadStored(runId)?.Info;
    }

    /// <inheritdoc />
    public IReadOnlyList<RunInfo> List()
    {
        var now = _time.GetUtcNow();
        return [.. _runs.Values.OrderByDescending(r => r.Ordinal).Select(r => r.Snapshot(now))];
    }

    /// <inheritdoc />
    public IReadOnlyList<RunEvent> Events(string runId, long fromSequence = 0)
    {
        if (runId is not null && FindLive(runId) is { } run) return run.Log.Snapshot(fromSequence);
        return StoredEvents(runId, fromSequence);
    }

    /// <inheritdoc />
    /// <remarks>A run read back from the store has a complete log: the stream replays it and ends.</remarks>
    public IAsyncEnumerable<RunEvent> StreamAsync(string runId, long fromSequence = 0, CancellationToken cancellationToken = default)
    {
        if (runId is not null && FindLive(runId) is { } run) return run.Log.ReadAsync(fromSequence, cancellationToken);
        return StoredEvents(runId, fromSequence).ToAsyncEnumerable();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Each loop on its own task: none may run inline in another (a blocking RunChanged handler would stall the workers).
        // Stopping does not wait for the notifier: a stuck RunChanged handler must not hold up the host's shutdown.
        _ = Task.Run(() => _notifier.DeliverAsync(stoppingToken), CancellationToken.None);
        // The writer stops after the workers (runs cancelled by the host still finish and are written), then flushes.
        using var stopWriter = new CancellationTokenSource();
        var writer = _persister is null ? Task.CompletedTask
            : Task.Factory.StartNew(() => _persister.Run(stopWriter.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var workers = Enumerable.Range(0, _options.Workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None));
        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host stopping
        }
        finally
        {
            _stopped = true;
            foreach (var run in _runs.Values) CancelQueued(run, "The server stopped before the run started.");
            await stopWriter.CancelAsync().ConfigureAwait(false);
            await writer.ConfigureAwait(false);
            _persister?.Flush();
        }
    }

    /// <inheritdoc />
    /// <remarks>Opens the run store first (migrations, recovery), so the host does not accept runs before it is ready.</remarks>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureOpen();
        return base.StartAsync(cancellationToken);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var run in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            if (!run.TryStart(_time.GetUtcNow(), RunManifests.Capture())) continue; // cancelled while it waited
            Interlocked.Decrement(ref _waiting);
            _notifier.Post(run);
            await Task.Factory.StartNew(() => Execute(run, stoppingToken), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private void Execute(RunRecord run, CancellationToken stoppingToken)
    {
        var (state, result, error) = RunExecution.Execute(run, new RunReporter(run, _time, _notifier.Post), stoppingToken, _logger);
        var manifest = run.Manifest is { } started ? RunManifests.Finish(started, result) : null;
        run.Complete(state, result, error, _time.GetUtcNow(), manifest);
        Retire(run);
    }

    private bool CancelQueued(RunRecord run, string? reason)
    {
        if (!run.TryCancelQueued(_time.GetUtcNow(), reason)) return false;
        Interlocked.Decrement(ref _waiting);
        Retire(run);
        return true;
    }

    private void Retire(RunRecord run)
    {
        _notifier.Post(run);
        _persister?.Wake(); // a terminal run is written at once, not after the tick
        lock (_finishedGate)
        {
            _finished.Enqueue(run);
            while (_finished.Count > _options.MaxFinishedRuns) _runs.TryRemove(_finished.Dequeue().Id, out _);
        }
    }

    /// <summary>A run of this process: in memory, or evicted but not yet written.</summary>
    private RunRecord? FindLive(string runId) =>
        _runs.TryGetValue(runId, out var run) ? run : _persister?.FindPending(runId);

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
}
