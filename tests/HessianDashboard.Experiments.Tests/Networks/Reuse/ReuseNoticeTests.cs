using HessianDashboard.Experiments.Networks.Reuse;

namespace HessianDashboard.Experiments.Tests.Networks.Reuse;

/// <summary>The reuse announcement as a Progress stage: written by the experiments, read back by the live pages.</summary>
public sealed class ReuseNoticeTests
{
    [Fact]
    public void TrainingStage_WithTimeAndAStudyPrefix_ReadsBackWhatKeyAndScope()
    {
        string stage = ReuseNotice.TrainingStage("abc123def4567890", new DateTimeOffset(2026, 11, 27, 3, 10, 0, TimeSpan.FromHours(1)));

        stage.ShouldBe("reused the trained checkpoint (trained 2026-11-27 02:10 UTC, key abc123def4567890): no training");
        ReuseNotice.Parse(stage).ShouldBe(new ReuseNotice(ReuseNotice.Training, "abc123def4567890", null));
        ReuseNotice.Parse($"mnist: {stage}").ShouldBe(new ReuseNotice(ReuseNotice.Training, "abc123def4567890", "mnist"));
        ReuseNotice.Parse(ReuseNotice.TrainingStage("abc", null)).ShouldBe(new ReuseNotice(ReuseNotice.Training, "abc", null));
    }

    [Fact]
    public void ExactStage_LongFingerprint_IsShortenedAndReadBackWithItsScope()
    {
        string stage = ReuseNotice.ExactStage(new string('f', 64));

        stage.ShouldBe($"reused the exact spectrum (key {new string('f', 16)}): no exact Hessian");
        ReuseNotice.Parse($"cifar10/trained: {stage}").ShouldBe(new ReuseNotice(ReuseNotice.Exact, new string('f', 16), "cifar10/trained"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("training")]
    [InlineData("mnist: training, epoch 3")]
    [InlineData("mnist/trained: exact Hessian")]
    [InlineData("reused the trained checkpoint")]
    public void Parse_StageWithoutAnAnnouncement_IsNull(string? stage) => ReuseNotice.Parse(stage).ShouldBeNull();
}
