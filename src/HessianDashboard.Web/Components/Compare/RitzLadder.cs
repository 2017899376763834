using HessianDashboard.Core.Spectrum;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// One series' Ritz ladder as the run's Step events recorded it: the Ritz values of T_k for each step k, in order.
/// A series whose step numbers start again (a block with several start vectors) is split, the later parts named
/// "label #2", "label #3" ….
/// </summary>
/// <param name="Label">The Step events' series name (with "#i" for a repeated series).</param>
/// <param name="Steps">The steps with their Ritz values (ascending), k increasing.</param>
public sealed record RitzLadder(string Label, IReadOnlyList<LanczosStep> Steps)
{
    /// <summary>All Ritz values over all steps: Σ_k k for a full ladder of m steps.</summary>
    public int PointCount => Steps.Sum(s => s.RitzValues.Length);
}
