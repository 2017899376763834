namespace HessianDashboard.Core.Spectrum;

/// <summary>How a <see cref="PowerIteration"/> run ended. The pairs found before the end are always kept.</summary>
public enum PowerIterationStatus
{
    /// <summary>All requested pairs met the stopping criterion.</summary>
    Converged,

    /// <summary>All requested pairs were computed but at least one hit MaxIterations (its Converged flag is false).</summary>
    MaxIterationsReached,

    /// <summary>The operator returned NaN or ±∞; the run stopped and kept the last finite estimate of the current pair.</summary>
    NonFinite,

    /// <summary>The cancellation token fired; the run kept the finished pairs and the current estimate (not converged).</summary>
    Cancelled,
}
