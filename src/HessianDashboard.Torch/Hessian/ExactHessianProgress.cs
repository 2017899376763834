namespace HessianDashboard.Torch.Hessian;

/// <summary>Progress of an exact Hessian: rows done out of n, of which some were read back from a row file.</summary>
/// <param name="RowsDone">Rows available (resumed + computed).</param>
/// <param name="TotalRows">n.</param>
/// <param name="RowsResumed">Rows read from the row file rather than computed in this run.</param>
/// <param name="Elapsed">Time spent computing in this run.</param>
public sealed record ExactHessianProgress(int RowsDone, int TotalRows, int RowsResumed, TimeSpan Elapsed)
{
    /// <summary>Remaining time extrapolated from the rows computed in this run (null before the first).</summary>
    public TimeSpan? EstimatedRemaining => RowsDone > RowsResumed
        ? Elapsed * ((double)(TotalRows - RowsDone) / (RowsDone - RowsResumed))
        : null;
}
