using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HessianDashboard.Web.Hubs;

/// <summary>
/// The runs hub at <see cref="Path"/>: external clients submit runs, list them, cancel them and stream their
/// events. It is a thin adapter over <see cref="IRunRunner"/>, the same runner the pages use, so a run
/// submitted here shows on the Runs page and vice versa. Errors reach the client as <see cref="HubException"/>
/// messages; nothing a client sends can stop the server. Wherever the server requires sign-in, so does the hub
/// (<see cref="DashboardUserRequirement"/>): a negotiate without the sign-in cookie gets 401. See docs/architecture/hub.md.
/// </summary>
[Authorize]
public sealed class RunsHub(IRunRunner runner, RunJobCatalog catalog) : Hub
{
    /// <summary>Where the hub is mapped.</summary>
    public const string Path = "/hubs/runs";

    /// <summary>
    /// Largest message a client may send (a submission): 64 KiB, twice SignalR's default; the largest
    /// request (a study with every option listed) is a few hundred bytes. Server-to-client messages have
    /// no such limit: a step event of a 5000-step ladder (Ritz values and residual bounds) is about 200 KB.
    /// </summary>
    public const long MaximumReceiveMessageSize = 64 * 1024;

    /// <summary>
    /// Validates <paramref name="submission"/> exactly as the pages do (the request's <c>Validate</c>, through
    /// <see cref="IRunRunner.Submit"/>) and queues it. Hub clients may not name server files
    /// (a Lanczos source's <c>matrixMarketPath</c> is rejected): only synthetic sources. The signed-in user, if any, owns the run.
    /// </summary>
    /// <returns>The queued run.</returns>
    /// <exception cref="HubException">The submission is malformed or invalid (the message lists why), or the queue is full.</exception>
    public RunInfoDto Submit(RunSubmission submission)
    {
        var request = RunSubmissionReader.Read(submission, catalog);
        try
        {
            return RunInfoDto.From(runner.Submit(request, new RunSubmitOptions { Owner = CurrentUser.NameOf(Context.User) }));
        }
        catch (RequestValidationException ex)
        {
            throw new HubException($"The {submission.Kind} request is invalid: {string.Join(" ", ex.Errors)}");
        }
        catch (InvalidOperationException ex) // RunQueueFullException, RunLimitException, or the runner has stopped
        {
            throw new HubException(ex.Message);
        }
    }

    /// <summary>
    /// The run's events from <paramref name="fromSequence"/> (0: from its first event, so a late joiner sees
    /// the whole ladder), then live ones, completing after the terminal state change. SignalR has no optional
    /// arguments: clients pass both. Ending the stream (or disconnecting) never cancels the run.
    /// </summary>
    /// <exception cref="HubException">There is no run <paramref name="runId"/> (or it was evicted).</exception>
    public IAsyncEnumerable<RunEvent> StreamRun(string runId, long fromSequence = 0, CancellationToken cancellationToken = default)
    {
        try
        {
            return runner.StreamAsync(runId, fromSequence, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            throw new HubException($"There is no run '{runId}'; ListRuns shows the runs the server knows.");
        }
    }

    /// <summary>Cancels a queued or running run (it keeps its partial result).</summary>
    /// <returns>False when the run is unknown or already finished; true when cancellation was requested.</returns>
    public bool Cancel(string runId) => runId is not null && runner.Cancel(runId);

    /// <summary>Every run the server knows, newest first.</summary>
    public IReadOnlyList<RunInfoDto> ListRuns() => [.. runner.List().Select(RunInfoDto.From)];
}
