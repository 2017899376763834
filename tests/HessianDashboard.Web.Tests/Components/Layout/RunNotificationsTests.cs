using Bunit;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Layout;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace HessianDashboard.Web.Tests.Components.Layout;

/// <summary>Snackbars for runs that finish while the user is connected, once each.</summary>
public sealed class RunNotificationsTests : BunitContext
{
    private readonly FakeRunRunner _runner = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 2, 3, 4, 0, TimeSpan.Zero));

    public RunNotificationsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IRunRunner>(_runner);
        Services.AddSingleton<TimeProvider>(_time);
    }

    private IEnumerable<Snackbar> Shown => Services.GetRequiredService<ISnackbar>().ShownSnackbars;

    [Fact]
    public void RunChanged_RunsFinishingWhileConnected_AreAnnouncedOnceWithTheirOutcome()
    {
        Render<RunNotifications>();
        var ok = _runner.Add("ok", RunState.Running);
        var bad = _runner.Add("bad", RunState.Running);
        var finished = _time.GetUtcNow().AddSeconds(1);

        _runner.Change(ok with { State = RunState.Running, Progress = 0.5 });
        _runner.Change(ok with { State = RunState.Succeeded, Progress = 1, FinishedAt = finished, Elapsed = TimeSpan.FromSeconds(2) });
        _runner.Change(ok with { State = RunState.Succeeded, Progress = 1, FinishedAt = finished, Elapsed = TimeSpan.FromSeconds(2) });
        _runner.Change(bad with { State = RunState.Failed, FinishedAt = finished, Error = "out of memory" });

        var shown = Shown.ToList();
        shown.Select(s => s.Message).ShouldBe(["Run succeeded in 2.0 s: Lanczos run ok", "Run failed: Lanczos run bad — out of memory"]);
        shown.Select(s => s.Severity).ShouldBe([Severity.Success, Severity.Error]);
    }

    [Fact]
    public void RunChanged_RunThatFinishedBeforeTheUserConnected_IsNotAnnounced()
    {
        Render<RunNotifications>();
        var old = _runner.Add("old", RunState.Cancelled);

        _runner.Change(old with { FinishedAt = _time.GetUtcNow().AddMinutes(-5) });

        Shown.ShouldBeEmpty();
    }

    [Fact]
    public void Describe_Cancelled_IsAWarning() =>
        RunNotifications.Describe(_runner.Add("c", RunState.Cancelled)).ShouldBe(("Run cancelled: Lanczos run c", Severity.Warning));

    [Fact]
    public async Task Dispose_Unsubscribes()
    {
        Render<RunNotifications>();
        _runner.SubscriberCount.ShouldBe(1);

        await DisposeComponentsAsync();

        _runner.SubscriberCount.ShouldBe(0);
    }
}
