using HessianDashboard.Experiments.Jobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HessianDashboard.Experiments.Tests.Jobs;

/// <summary>
/// <see cref="SubmissionLimiter"/> on a fake clock: the sliding minute, owners apart, anonymous users together, the
/// queued-runs count; and the same limits through <see cref="InProcessRunRunner.Submit"/> (a runner never started, so
/// runs stay queued until cancelled).
/// </summary>
public sealed class SubmissionLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<string, RunState> _states = [];
    private int _ids;

    private SubmissionLimiter Limiter(int perMinute = 30, int queued = 1000) =>
        new(new RunnerOptions { SubmissionsPerMinutePerUser = perMinute, QueuedRunsPerUser = queued }, id => _states.TryGetValue(id, out var s) ? s : null, _time);

    /// <summary>Admits a run of <paramref name="owner"/> and records it as queued, as the runner does right after.</summary>
    private string Admit(SubmissionLimiter limiter, string? owner)
    {
        string id = $"run{++_ids}";
        limiter.Admit(owner, id);
        _states[id] = RunState.Queued;
        return id;
    }

    [Fact]
    public void Admit_ThirtyFirstWithinAMinute_IsRefusedSayingTheLimitAndWhenToRetry()
    {
        var limiter = Limiter();
        for (int i = 0; i < 30; i++)
        {
            Admit(limiter, "ada");
            _time.Advance(TimeSpan.FromSeconds(1)); // 30 submissions at 0 s … 29 s
        }

        var refused = Should.Throw<RunLimitException>(() => Admit(limiter, "ada")); // at 30 s

        refused.ShouldBeAssignableTo<InvalidOperationException>();
        (refused.Limit, refused.Allowed, refused.RetryAfter).ShouldBe((RunLimit.SubmissionsPerMinute, 30, TimeSpan.FromSeconds(30)));
        refused.Message.ShouldBe("Too many submissions: at most 30 runs per minute per user. Try again in 30 s.");
    }

    [Fact]
    public void Admit_AfterTheWindowSlides_IsAllowedOneForEachSubmissionThatLeftIt()
    {
        var limiter = Limiter(perMinute: 3);
        Admit(limiter, "ada");                     // 0 s
        _time.Advance(TimeSpan.FromSeconds(20));
        Admit(limiter, "ada");                     // 20 s
        Admit(limiter, "ada");                     // 20 s
        Should.Throw<RunLimitException>(() => Admit(limiter, "ada")).RetryAfter.ShouldBe(TimeSpan.FromSeconds(40));

        _time.Advance(TimeSpan.FromSeconds(40));   // 60 s: the first has left the window
        Admit(limiter, "ada");
        Should.Throw<RunLimitException>(() => Admit(limiter, "ada")).RetryAfter.ShouldBe(TimeSpan.FromSeconds(20));
        _time.Advance(TimeSpan.FromSeconds(20));   // 80 s: both of 20 s have left
        Admit(limiter, "ada");
        Admit(limiter, "ada");
    }

    [Fact]
    public void Admit_RefusedSubmissions_DoNotCount()
    {
        var limiter = Limiter(perMinute: 2);
        Admit(limiter, "ada");
        Admit(limiter, "ada");
        for (int i = 0; i < 10; i++) Should.Throw<RunLimitException>(() => Admit(limiter, "ada"));

        _time.Advance(SubmissionLimiter.Window);

        Admit(limiter, "ada");
        Admit(limiter, "ada");
    }

    [Fact]
    public void Admit_TwoOwners_AreCountedSeparatelyAndAnonymousUsersTogether()
    {
        var limiter = Limiter(perMinute: 2);
        Admit(limiter, "ada");
        Admit(limiter, "ada");
        Admit(limiter, null);
        Admit(limiter, SubmissionLimiter.AnonymousKey); // the same key as null

        Should.Throw<RunLimitException>(() => Admit(limiter, "ada"));
        Should.Throw<RunLimitException>(() => Admit(limiter, null)).Message.ShouldContain("anonymous submissions share one allowance");
        Admit(limiter, "grace");
        Admit(limiter, "Ada"); // owner names compare exactly
    }

    [Fact]
    public void Admit_OwnerWithQueuedRunsAtTheLimit_IsRefusedUntilOneStartsOrIsCancelled()
    {
        var limiter = Limiter(queued: 2);
        string first = Admit(limiter, "ada");
        string second = Admit(limiter, "ada");
        Admit(limiter, "grace");

        var refused = Should.Throw<RunLimitException>(() => Admit(limiter, "ada"));
        (refused.Limit, refused.Allowed, refused.RetryAfter).ShouldBe((RunLimit.QueuedRuns, 2, null));
        refused.Message.ShouldBe("Too many queued runs: at most 2 runs per user may wait in the queue. Try again when one of them has started, or cancel one.");
        limiter.QueuedCount("ada").ShouldBe(2);

        _states[first] = RunState.Running;
        Admit(limiter, "ada");
        Should.Throw<RunLimitException>(() => Admit(limiter, "ada"));
        _states[second] = RunState.Cancelled;
        Admit(limiter, "ada");
        limiter.QueuedCount("ada").ShouldBe(2);
        limiter.QueuedCount("grace").ShouldBe(1);
    }

    [Fact]
    public void Withdraw_ARunThatWasNotQueued_FreesBothAllowances()
    {
        var limiter = Limiter(perMinute: 1, queued: 1);
        limiter.Admit("ada", "refused-by-the-queue");

        limiter.Withdraw("ada", "refused-by-the-queue");

        limiter.QueuedCount("ada").ShouldBe(0);
        Admit(limiter, "ada");
    }

    [Fact]
    public void RunnerSubmit_ThirtyFirstWithinAMinute_IsRefusedAndQueuesNothingThenAllowedAfterTheMinute()
    {
        using var runner = IdleRunner(new RunnerOptions { QueueCapacity = 100, QueuedRunsPerUser = 100 });
        var ada = new RunSubmitOptions { Owner = "ada" };
        for (int i = 0; i < 30; i++) runner.Submit(RunnerHarness.SmallLanczos(), ada);

        var refused = Should.Throw<RunLimitException>(() => runner.Submit(RunnerHarness.SmallLanczos(), ada));

        refused.Message.ShouldStartWith("Too many submissions: at most 30 runs per minute per user.");
        runner.List().Count.ShouldBe(30);
        runner.Submit(RunnerHarness.SmallLanczos(), new RunSubmitOptions { Owner = "grace" }).State.ShouldBe(RunState.Queued);
        _time.Advance(SubmissionLimiter.Window);
        runner.Submit(RunnerHarness.SmallLanczos(), ada).State.ShouldBe(RunState.Queued);
    }

    [Fact]
    public void RunnerSubmit_SeventeenthQueuedRunOfAnOwner_IsRefusedUntilOneIsCancelled()
    {
        using var runner = IdleRunner(new RunnerOptions());
        var ids = Enumerable.Range(0, 16).Select(_ => runner.Submit(RunnerHarness.SmallLanczos()).Id).ToList();

        Should.Throw<RunLimitException>(() => runner.Submit(RunnerHarness.SmallLanczos())).Limit.ShouldBe(RunLimit.QueuedRuns);
        runner.Submit(RunnerHarness.SmallLanczos(), new RunSubmitOptions { Owner = "grace" }).State.ShouldBe(RunState.Queued);

        runner.Cancel(ids[3]).ShouldBeTrue();
        runner.Submit(RunnerHarness.SmallLanczos()).State.ShouldBe(RunState.Queued);
    }

    [Fact]
    public void RunnerSubmit_RefusedByTheFullServerQueue_DoesNotUseTheOwnersAllowance()
    {
        using var runner = IdleRunner(new RunnerOptions { QueueCapacity = 1, SubmissionsPerMinutePerUser = 2 });
        var first = runner.Submit(RunnerHarness.SmallLanczos());
        Should.Throw<RunQueueFullException>(() => runner.Submit(RunnerHarness.SmallLanczos()));
        runner.Cancel(first.Id).ShouldBeTrue();

        runner.Submit(RunnerHarness.SmallLanczos()).State.ShouldBe(RunState.Queued); // the second submission of the minute that counts
    }

    [Theory]
    [InlineData(0, 16, "Runner:SubmissionsPerMinutePerUser must lie in [1, 100000], got 0.")]
    [InlineData(30, -1, "Runner:QueuedRunsPerUser must lie in [1, 100000], got -1.")]
    public void RunnerOptions_PerUserLimitOutOfRange_IsInvalid(int perMinute, int queued, string expected)
    {
        var options = new RunnerOptions { SubmissionsPerMinutePerUser = perMinute, QueuedRunsPerUser = queued };

        options.Validate().ShouldBe([expected]);
        Should.Throw<ArgumentException>(() => IdleRunner(options)).Message.ShouldContain(expected);
        new RunnerOptions().Validate().ShouldBeEmpty();
        (new RunnerOptions().SubmissionsPerMinutePerUser, new RunnerOptions().QueuedRunsPerUser).ShouldBe((30, 16));
    }

    private InProcessRunRunner IdleRunner(RunnerOptions options) =>
        new(Options.Create(options), RunJobCatalog.CreateDefault(), NullLogger<InProcessRunRunner>.Instance, _time);
}
