namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// Where a run is in its life: <see cref="Queued"/> → <see cref="Running"/> → one of the terminal states
/// <see cref="Succeeded"/>, <see cref="Failed"/> or <see cref="Cancelled"/>. A queued run may also go
/// straight to <see cref="Cancelled"/>; a run the previous server process left unfinished is <see cref="Interrupted"/>.
/// </summary>
public enum RunState
{
    /// <summary>Accepted and waiting for a worker.</summary>
    Queued,

    /// <summary>A worker is computing it.</summary>
    Running,

    /// <summary>Finished; the result is available.</summary>
    Succeeded,

    /// <summary>The job threw; the error text says why.</summary>
    Failed,

    /// <summary>Cancelled explicitly (or by the server stopping); a partial result is kept when the experiment returned one.</summary>
    Cancelled,

    /// <summary>
    /// The server process ended (crash, kill, power loss) while the run was queued or running; the steps it had
    /// stored are kept and the run can be re-run from its request. Set when the store is opened at the next start.
    /// </summary>
    Interrupted,
}

/// <summary>Helpers on <see cref="RunState"/>.</summary>
public static class RunStates
{
    /// <summary>Whether <paramref name="state"/> is final (succeeded, failed, cancelled or interrupted).</summary>
    public static bool IsTerminal(this RunState state) => state is RunState.Succeeded or RunState.Failed or RunState.Cancelled or RunState.Interrupted;
}
