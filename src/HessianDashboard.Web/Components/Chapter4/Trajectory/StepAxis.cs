using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>An x axis over whole steps (epochs, iterations) from <paramref name="First"/> to <paramref name="Last"/>, with integer ticks.</summary>
public sealed record StepAxis(int First, int Last)
{
    /// <summary>The axis: at most 10 intervals, none finer than one step (so 0–2 reads 0, 1, 2, never 0, 0, 1, 1, 2).</summary>
    public AxisOptions Options(string title) => Last > First
        ? new AxisOptions
        {
            Type = "numeric", Title = new AxisTitle(title), Min = First, Max = Last, TickAmount = Math.Clamp(Last - First, 1, 10),
            Labels = new AxisLabels { Format = TickFormat.Integer },
        }
        : new AxisOptions { Type = "numeric", Title = new AxisTitle(title), Min = First - 1, Max = Last + 1, TickAmount = 2, Labels = new AxisLabels { Format = TickFormat.Integer } };
}
