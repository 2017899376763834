namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>What a heatmap cell shows (both come with every <see cref="Experiments.Chapter4.RitzHeatmap"/>).</summary>
public enum HeatmapMeasure
{
    /// <summary>The number of Ritz values in the bin (the thesis' histograms; the extremes over-represented).</summary>
    Count,

    /// <summary>The Gauss weights τ_i in the bin (the binned spectral measure, summing to 1 per checkpoint; bulk-dominated).</summary>
    Mass,
}
