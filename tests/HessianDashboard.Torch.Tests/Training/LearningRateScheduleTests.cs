using HessianDashboard.Torch.Training;

namespace HessianDashboard.Torch.Tests.Training;

public sealed class LearningRateScheduleTests
{
    [Fact]
    public void At_NanoGptDefaults_WarmsUpThenCosineDecaysToMin()
    {
        var schedule = new LearningRateSchedule();
        schedule.At(0).ShouldBe(1e-3 / 101, 1e-18);
        schedule.At(99).ShouldBe(1e-3 * 100 / 101, 1e-18);
        schedule.At(100).ShouldBe(1e-3, 1e-18);
        schedule.At(1050).ShouldBe(1e-4 + 0.5 * 9e-4, 1e-15);
        schedule.At(2000).ShouldBe(1e-4, 1e-18);
        schedule.At(5000).ShouldBe(1e-4);
        (schedule with { Decay = false }).At(0).ShouldBe(1e-3);
    }
}
