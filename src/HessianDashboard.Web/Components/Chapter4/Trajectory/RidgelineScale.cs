namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>How a ridgeline row's height follows its density.</summary>
public enum RidgelineScale
{
    /// <summary>φ/max φ: the bulk's shape (outliers carry ~1/n of the mass and stay flat).</summary>
    Linear,

    /// <summary>1 + log10(φ/max φ)/<see cref="TrajectorySeries.LogDecades"/>, clipped at 0: the outliers' bumps show beside the bulk.</summary>
    Log,
}
