using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Shared;
using MudBlazor;

namespace HessianDashboard.Web.Tests.Components.Shared;

public sealed class RunTextTests
{
    [Theory]
    [InlineData(0.04, "0.0 s")]
    [InlineData(3.25, "3.3 s")]
    [InlineData(42.9, "42 s")]
    [InlineData(245, "4 min 05 s")]
    [InlineData(7380, "2 h 03 min")]
    [InlineData(90000, "25 h 00 min")]
    public void Duration_Seconds_IsShortAndReadable(double seconds, string expected) =>
        RunText.Duration(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);

    [Fact]
    public void Duration_Null_IsADash() => RunText.Duration(null).ShouldBe("—");

    [Theory]
    [InlineData(0, "0 %")]
    [InlineData(0.426, "42 %")]
    [InlineData(0.999, "99 %")]
    [InlineData(1, "100 %")]
    [InlineData(1.5, "100 %")]
    [InlineData(double.NaN, "0 %")]
    public void Percent_Fraction_RoundsDownSoOneHundredMeansDone(double fraction, string expected) =>
        RunText.Percent(fraction).ShouldBe(expected);

    [Theory]
    [InlineData(RunState.Queued, true, Color.Default)]
    [InlineData(RunState.Running, true, Color.Info)]
    [InlineData(RunState.Succeeded, false, Color.Success)]
    [InlineData(RunState.Failed, false, Color.Error)]
    [InlineData(RunState.Cancelled, false, Color.Warning)]
    public void State_EachState_HasAColourAndKnowsWhetherItCanBeCancelled(RunState state, bool cancellable, Color color)
    {
        RunText.CanCancel(state).ShouldBe(cancellable);
        RunText.StateColor(state).ShouldBe(color);
        RunText.StateName(state).ShouldBe(state.ToString().ToLowerInvariant());
    }
}
