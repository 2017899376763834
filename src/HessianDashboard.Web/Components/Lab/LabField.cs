namespace HessianDashboard.Web.Components.Lab;

/// <summary>The lab form's inputs, for showing each validation message under the input it concerns.</summary>
public enum LabField
{
    General,
    N,
    Lower,
    Upper,
    BandCount,
    BandSpacing,
    BandWidth,
    PositiveOutliers,
    NegativeOutliers,
    OutlierScale,
    ZeroFraction,
    File,
    Variants,
    Iterations,
    Epsilon,
}
