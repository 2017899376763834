namespace HessianDashboard.Web.Components.Compare;

/// <summary>The compare view's charts; the URL names them in lower case (<c>tab=ladders</c>).</summary>
public enum CompareTab
{
    /// <summary>The final Ritz values of each run-spectrum as a strip on a shared λ axis.</summary>
    Spectra,

    /// <summary>Ritz value against step, one colour per run.</summary>
    Ladders,

    /// <summary>The SLQ densities (Ritz values with Gauss weights, smoothed with σ).</summary>
    Densities,

    /// <summary>The metrics table.</summary>
    Metrics,
}
