using Microsoft.Extensions.Logging;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>Runs one job's handler and turns what happened into the run's terminal state.</summary>
internal static partial class RunExecution
{
    /// <summary>
    /// Calls the handler with the run's token (fired by <see cref="IRunRunner.Cancel"/> or by the host stopping).
    /// Returned normally → Succeeded, or Cancelled keeping the (partial) result when the token fired;
    /// <see cref="OperationCanceledException"/> after the token fired → Cancelled; any other exception → Failed with its message.
    /// </summary>
    public static (RunState State, object? Result, string? Error) Execute(RunRecord run, IRunReporter reporter,
        CancellationToken stoppingToken, ILogger logger)
    {
        var token = run.Cancellation.Token;
        using var stop = stoppingToken.Register(static s => ((CancellationTokenSource)s!).Cancel(), run.Cancellation);
        try
        {
            object? result = run.Handler.Execute(run.Request, reporter, token);
            return token.IsCancellationRequested ? (RunState.Cancelled, result, StopReason(stoppingToken)) : (RunState.Succeeded, result, null);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return (RunState.Cancelled, null, StopReason(stoppingToken));
        }
#pragma warning disable CA1031 // a failing job must fail its run, never the host
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRunFailed(logger, ex, run.Id, run.Title);
            return (RunState.Failed, null, ex.Message);
        }
    }

    private static string? StopReason(CancellationToken stoppingToken) =>
        stoppingToken.IsCancellationRequested ? "The server stopped while the run was in progress." : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {RunId} ({Title}) failed.")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string runId, string title);
}
