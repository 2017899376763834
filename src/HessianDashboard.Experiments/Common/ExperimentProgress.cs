namespace HessianDashboard.Experiments.Common;

/// <summary>One unit of progress of a study: <paramref name="Done"/> of <paramref name="Total"/> units, in a named stage.</summary>
public sealed record ExperimentProgress(string Stage, int Done, int Total)
{
    /// <summary>Fraction done in [0, 1].</summary>
    public double Fraction => Total <= 0 ? 1 : Math.Clamp((double)Done / Total, 0, 1);
}
