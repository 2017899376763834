using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Storage.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HessianDashboard.Storage.Tests;

public class EfRunStoreLifecycleTests(StoreDatabases databases) : IClassFixture<StoreDatabases>
{
    private const string Reason = "The server stopped while the run was in progress.";

    public static TheoryData<string> Providers => StoreDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public void Open_RunsLeftQueuedOrRunning_BecomeInterruptedKeepingTheirStepsAndEndingTheirLog(string provider)
    {
        var store = databases.Create(provider);
        var running = RunSamples.Info("00000000000a", RunState.Running, RunSamples.Epoch);
        var queued = RunSamples.Info("00000000000b", RunState.Queued, RunSamples.Epoch.AddMinutes(1));
        var done = RunSamples.Info("00000000000c", RunState.Succeeded, RunSamples.Epoch.AddMinutes(2));
        var steps = Steps(running.Id, 3);
        store.Store.Save(new RunWrite(running, 4, steps, false));
        store.Store.Save(new RunWrite(queued, 5, [RunSamples.Queued(queued.Id, queued.SubmittedAt)], false));
        store.Store.Save(new RunWrite(done, 6, [RunSamples.Queued(done.Id, done.SubmittedAt)], true));
        var at = RunSamples.Epoch.AddHours(1);

        var opening = store.Reopen().Open(at, Reason);

        opening.MaxOrdinal.ShouldBe(6);
        opening.Interrupted.ShouldBe([running.Id, queued.Id], ignoreOrder: true);
        var interrupted = store.Store.Load(running.Id).ShouldNotBeNull();
        (interrupted.Info.State, interrupted.Info.FinishedAt, interrupted.Info.Error).ShouldBe((RunState.Interrupted, at, Reason));
        interrupted.Info.Elapsed.ShouldBe(at - running.StartedAt!.Value);
        interrupted.Events.Count.ShouldBe(steps.Length + 1);
        BitExact.ShouldMatch(interrupted.Events.Take(steps.Length).ToList(), steps);
        var last = interrupted.Events[^1];
        (last.Sequence, last.Kind, last.State, last.Error, last.At, last.IsTerminal).ShouldBe(((long)steps.Length, RunEventKind.StateChanged, RunState.Interrupted, Reason, at, true));
        store.Store.Load(queued.Id).ShouldNotBeNull().Info.State.ShouldBe(RunState.Interrupted);
        store.Store.Load(done.Id).ShouldNotBeNull().Info.State.ShouldBe(RunState.Succeeded);
        store.Reopen().Open(at, Reason).Interrupted.ShouldBeEmpty(); // nothing left to recover
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Save_RunAlreadyTerminalInTheStore_LeavesItAsItIs(string provider)
    {
        var store = databases.Create(provider);
        var running = RunSamples.Info("00000000000d", RunState.Running, RunSamples.Epoch);
        store.Store.Save(new RunWrite(running, 1, Steps(running.Id, 2), false));
        store.Store.Open(RunSamples.Epoch.AddHours(1), Reason);

        store.Store.Save(new RunWrite(running with { Progress = 0.9 }, 1, [.. Steps(running.Id, 4).Skip(4)], false)); // a stale writer

        var loaded = store.Store.Load(running.Id).ShouldNotBeNull();
        loaded.Info.State.ShouldBe(RunState.Interrupted);
        loaded.Events.Count.ShouldBe(5); // queued, running, 2 steps, the interruption
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnnotateAsync_TagsAndNotes_ReplaceThemAndTheFiltersSeeTheChange(string provider)
    {
        var store = databases.Create(provider);
        var info = RunSamples.Info("00000000000e", RunState.Succeeded, RunSamples.Epoch, tags: ["paper", "draft"], notes: "old");
        store.Store.Save(new RunWrite(info, 1, [RunSamples.Queued(info.Id, info.SubmittedAt)], true));

        (await store.Store.AnnotateAsync(info.Id, ["Paper", "final"], null, Token)).ShouldBeTrue(); // same key, new spelling
        store.Store.Load(info.Id)!.Info.Tags.ShouldBe(["final", "Paper"], ignoreOrder: true);
        store.Store.Load(info.Id)!.Info.Notes.ShouldBe("old");
        (await store.Store.AnnotateAsync(info.Id, null, "Meeting 2026-12: **keep**", Token)).ShouldBeTrue();
        var page = await store.Store.QueryAsync(new RunQuery { Text = "meeting 2026-12", Tags = ["FINAL"] }, Token);
        page.Items.ShouldHaveSingleItem().Notes.ShouldBe("Meeting 2026-12: **keep**");
        (await store.Store.QueryAsync(new RunQuery { Tags = ["draft"] }, Token)).Total.ShouldBe(0);
        (await store.Store.AnnotateAsync(info.Id, [], "", Token)).ShouldBeTrue();
        var cleared = store.Store.Load(info.Id)!.Info;
        (cleared.Tags.Count, cleared.Notes).ShouldBe((0, (string?)null));
        (await store.Store.AnnotateAsync("ffffffffffff", ["x"], "y", Token)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DeleteAsync_FinishedRun_RemovesEverythingStoredWithItButNotRunningOnes(string provider)
    {
        var store = databases.Create(provider);
        var done = RunSamples.Info("00000000000f", RunState.Succeeded, RunSamples.Epoch, tags: ["a"]) with { Result = TinyResult() };
        var running = RunSamples.Info("000000000010", RunState.Running, RunSamples.Epoch);
        store.Store.Save(new RunWrite(done, 1, Steps(done.Id, 2), true));
        store.Store.Save(new RunWrite(running, 2, Steps(running.Id, 1), false));

        (await store.Store.DeleteAsync(running.Id, Token)).ShouldBeFalse();
        (await store.Store.DeleteAsync(done.Id, Token)).ShouldBeTrue();
        (await store.Store.DeleteAsync(done.Id, Token)).ShouldBeFalse();

        store.Store.Load(done.Id).ShouldBeNull();
        store.Store.Load(running.Id).ShouldNotBeNull();
        await using var db = store.Factory.CreateContext();
        (await db.Tags.CountAsync(t => t.RunId == done.Id, Token)).ShouldBe(0);
        (await db.Parameters.CountAsync(p => p.RunId == done.Id, Token)).ShouldBe(0);
        (await db.EventChunks.CountAsync(c => c.RunId == done.Id, Token)).ShouldBe(0);
        (await db.Results.CountAsync(r => r.RunId == done.Id, Token)).ShouldBe(0);
        (await db.EventChunks.CountAsync(c => c.RunId == running.Id, Token)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_ExportedRun_GetsANewIdAndTheNextOrdinalAndKeepsTheRest(string provider)
    {
        var store = databases.Create(provider);
        var origin = RunSamples.Info("000000000011", RunState.Running, RunSamples.Epoch);
        store.Store.Save(new RunWrite(origin, 41, Steps(origin.Id, 1), false));
        var result = TinyResult();
        var events = Steps("a1a1a1a1a1a1", 3);
        var export = new RunExport
        {
            Id = "a1a1a1a1a1a1", Kind = "lanczos", Title = "From elsewhere", State = RunState.Succeeded, SubmittedAt = RunSamples.Epoch,
            StartedAt = RunSamples.Epoch.AddSeconds(1), FinishedAt = RunSamples.Epoch.AddSeconds(9), Progress = 1, Owner = "carol",
            Tags = ["shared"], Notes = "imported", Request = RunSamples.Lanczos(60), Manifest = Manifests.WithNetwork(), Result = result,
            Events = events,
        };

        string id = await store.Store.ImportAsync(export, "dave", Token);

        id.Length.ShouldBe(12);
        id.ShouldAllBe(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));
        id.ShouldNotBe(export.Id);
        var imported = store.Store.Load(id).ShouldNotBeNull();
        imported.Ordinal.ShouldBe(42);
        var info = imported.Info;
        (info.ImportedFrom, info.Owner, info.Title, info.State, info.Notes).ShouldBe(("a1a1a1a1a1a1", "dave", "From elsewhere", RunState.Succeeded, "imported"));
        (info.SubmittedAt, info.FinishedAt, info.Elapsed).ShouldBe((export.SubmittedAt, export.FinishedAt, TimeSpan.FromSeconds(8)));
        info.Tags.ShouldBe(["shared"]);
        BitExact.ShouldMatch(info.Result.ShouldBeOfType<LanczosRunResult>(), result);
        BitExact.Json(info.Manifest!).ShouldBe(BitExact.Json(export.Manifest));
        imported.Events.Select(e => (e.Sequence, e.RunId)).ShouldBe(events.Select(e => (e.Sequence, id)));
        BitExact.ShouldMatch(imported.Events, [.. events.Select(e => e with { RunId = id })]);
        (await store.Store.QueryAsync(new RunQuery { Owner = "dave", Parameters = [new ParameterFilter("n", ParameterOperator.Equal, "60")] }, Token))
            .Items.ShouldHaveSingleItem().Id.ShouldBe(id);
        await Should.ThrowAsync<ArgumentException>(() => store.Store.ImportAsync(export with { State = RunState.Running }, null, Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Save_NulCharactersAndAnOverlongOwner_AreStoredCleanedAndCutInsteadOfFailingForever(string provider)
    {
        var store = databases.Create(provider);
        var info = RunSamples.Info("000000000012", RunState.Failed, RunSamples.Epoch, owner: new string('o', 300), title: "a\0b",
            tags: ["t\0"], notes: "n\0") with { Error = "bad\0byte" };

        store.Store.Save(new RunWrite(info, 1, [RunSamples.Queued(info.Id, info.SubmittedAt)], true));

        var loaded = store.Store.Load(info.Id).ShouldNotBeNull().Info;
        (loaded.Title, loaded.Notes, loaded.Error).ShouldBe(("a\uFFFDb", "n\uFFFD", "bad\uFFFDbyte"));
        loaded.Tags.ShouldBe(["t\uFFFD"]);
        loaded.Owner.ShouldBe(new string('o', 256));
    }

    /// <summary>The Queued and Running state changes and <paramref name="steps"/> Lanczos steps (20 Ritz values each: inline; 40: blob).</summary>
    internal static RunEvent[] Steps(string runId, int steps)
    {
        var events = new List<RunEvent>
        {
            RunSamples.Queued(runId, RunSamples.Epoch),
            new(1, runId, RunEventKind.StateChanged, RunState.Running, null, null, null, null, RunSamples.Epoch.AddSeconds(1)),
        };
        for (int k = 1; k <= steps; k++)
        {
            int count = k % 2 == 0 ? 40 : 20;
            double[] ritz = [.. Enumerable.Range(0, count).Select(i => i == 0 ? -0.0 : i == 1 ? double.NaN : Math.Sqrt(i) * k)];
            double[] bounds = [.. Enumerable.Range(0, count).Select(i => i == 0 ? double.PositiveInfinity : 1e-300 * i)];
            var step = new LanczosStep(k, 1.0 / k, Math.E * k, ritz, bounds, k == 1 ? double.NaN : 1e-15 * k, k % 2 == 0,
                TimeSpan.FromTicks(123 * k), TimeSpan.FromTicks(7));
            events.Add(new RunEvent(events.Count, runId, RunEventKind.Step, null, "full", step, null, null, RunSamples.Epoch.AddSeconds(1 + k)));
        }
        return [.. events];
    }

    internal static LanczosRunResult TinyResult() => new()
    {
        N = 60, Variant = Reorthogonalization.Full, Iterations = 40, Status = LanczosStatus.Completed, Source = "synthetic",
        Ritz = [.. Enumerable.Range(0, 40).Select(i => i / 3.0)], Residuals = [.. Enumerable.Repeat(double.NaN, 40)],
        Truth = [-0.0, 1], OrthogonalityLoss = [.. Enumerable.Range(0, 40).Select(i => i == 5 ? double.NegativeInfinity : 1e-16 * i)],
        Alpha = [.. Enumerable.Range(0, 40).Select(i => Math.Sin(i))], Beta = [1, 2], ReorthogonalizationInnerProducts = 800,
        Seconds = 0.25, OperatorSeconds = 0.125, L1 = double.NaN,
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
