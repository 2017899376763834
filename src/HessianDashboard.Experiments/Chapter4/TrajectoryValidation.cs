namespace HessianDashboard.Experiments.Chapter4;

/// <summary>Checks the chapter-4 requests share (Lanczos steps, density grid, heatmap bins, residual tolerance).</summary>
internal static class TrajectoryValidation
{
    public static IEnumerable<string> Common(int iterations, double? sigma, int gridPoints, int bins, double tolerance)
    {
        if (iterations < 1) yield return $"Lanczos needs at least one step (got {iterations}).";
        if (sigma is { } s && !(s > 0 && double.IsFinite(s))) yield return $"σ must be a positive number (got {s}).";
        if (gridPoints is < 2 or > 100_000) yield return $"Grid points must lie in [2, 100000] (got {gridPoints}).";
        if (bins is < 1 or > 10_000) yield return $"Heatmap bins must lie in [1, 10000] (got {bins}).";
        if (!(tolerance > 0) || !double.IsFinite(tolerance)) yield return $"The residual tolerance must be positive (got {tolerance}).";
    }
}
