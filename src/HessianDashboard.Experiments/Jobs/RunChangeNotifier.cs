using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// Raises <see cref="IRunRunner.RunChanged"/> off the compute threads. Posting is O(1) and never waits:
/// a run already waiting for a notice is not queued twice, and the notice carries the snapshot taken
/// when it is delivered, so a slow handler sees fewer, newer snapshots instead of slowing the runs.
/// </summary>
internal sealed partial class RunChangeNotifier(TimeProvider time, ILogger logger)
{
    private readonly Channel<RunRecord> _pending = Channel.CreateUnbounded<RunRecord>(new UnboundedChannelOptions { SingleReader = true });

    public event Action<RunInfo>? RunChanged;

    public void Post(RunRecord run)
    {
        if (Interlocked.Exchange(ref run.NoticePending, 1) == 0) _pending.Writer.TryWrite(run);
    }

    /// <summary>Delivers notices until <paramref name="stoppingToken"/> fires.</summary>
    public async Task DeliverAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var run in _pending.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                Volatile.Write(ref run.NoticePending, 0);
                var handlers = RunChanged;
                if (handlers is null) continue;
                var info = run.Snapshot(time.GetUtcNow());
                foreach (var handler in handlers.GetInvocationList().Cast<Action<RunInfo>>())
                {
                    try { handler(info); }
#pragma warning disable CA1031 // a subscriber's bug must not stop notices for everyone else
                    catch (Exception ex) { LogHandlerFailed(logger, ex, run.Id); }
#pragma warning restore CA1031
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A RunChanged handler threw for run {RunId}.")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string runId);
}
