namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>One curve of a <see cref="LiveCurves"/> chart.</summary>
/// <param name="Label">The legend name.</param>
/// <param name="Metrics">The run's metric names that feed it (e.g. "test loss" and "val loss").</param>
/// <param name="Color">A CSS colour readable on the light and the dark theme.</param>
/// <param name="Width">Stroke width in pixels.</param>
/// <param name="Marker">Marker radius in pixels (0: a bare line).</param>
public sealed record LiveCurve(string Label, IReadOnlyList<string> Metrics, string Color, double Width = 2, double Marker = 0);
