using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Storage.Context;
using HessianDashboard.Storage.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Storage.Tests.Jobs;

/// <summary>The in-process runner writing through the real EF store on SQLite: restarts, crashes, annotations, deletions.</summary>
public class RunnerWithStoreTests(StoreDatabases databases) : IClassFixture<StoreDatabases>
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Restart_FinishedLanczosRun_IsReadBackWithItsResultEventsOwnerTagsAndManifest()
    {
        var factory = databases.Factory("sqlite");
        var first = Runner(factory);
        await first.StartAsync(Token);
        string mathNet = typeof(MathNet.Numerics.Control).Assembly.GetName().Version!.ToString(); // loaded now, so in the manifest
        var run = first.Submit(RunSamples.Lanczos(n: 80), new RunSubmitOptions { Owner = "ada", Tags = ["baseline", "BASELINE", "t2"], RerunOf = "0123456789ab" });
        var events = await ReadToEndAsync(first, run.Id);
        var done = first.Get(run.Id).ShouldNotBeNull();
        await StopAsync(first); // flushes

        var second = Runner(factory);
        await second.StartAsync(Token);
        try
        {
            var back = second.Get(run.Id).ShouldNotBeNull();
            (back.State, back.Owner, back.RerunOf, back.Title).ShouldBe((RunState.Succeeded, "ada", "0123456789ab", done.Title));
            back.Tags.ShouldBe(["baseline", "t2"], ignoreOrder: true);
            (back.SubmittedAt, back.StartedAt, back.FinishedAt).ShouldBe((done.SubmittedAt, done.StartedAt, done.FinishedAt));
            BitExact.ShouldMatch(back.Result.ShouldBeOfType<LanczosRunResult>(), done.Result.ShouldBeOfType<LanczosRunResult>());
            var manifest = back.Manifest.ShouldNotBeNull();
            manifest.ProcessorCount.ShouldBe(Environment.ProcessorCount);
            manifest.Libraries["MathNet.Numerics"].ShouldStartWith(mathNet[..mathNet.LastIndexOf('.')]);
            manifest.AppVersion.ShouldNotBeNullOrWhiteSpace();
            manifest.Networks.ShouldBeEmpty();
            BitExact.ShouldMatch(second.Events(run.Id), events);
            BitExact.ShouldMatch(await ReadToEndAsync(second, run.Id, 5), [.. events.Skip(5)]); // a stored log: replayed, then the stream ends
            second.List().ShouldBeEmpty(); // List is this process's runs

            var next = second.Submit(RunSamples.Lanczos(n: 30));
            await ReadToEndAsync(second, next.Id);
            await StopAsync(second);
            TestStore.Reader(factory).Load(next.Id).ShouldNotBeNull().Ordinal.ShouldBe(2); // ordinals continue
        }
        finally
        {
            second.Dispose();
        }
    }

    [Fact]
    public async Task Crash_RunStillRunning_ShowsAsInterruptedAfterTheRestartWithTheStepsStoredAndCanBeRerun()
    {
        var factory = databases.Factory("sqlite");
        var connection = new SeverableStore(new EfRunStore(factory, GatedLanczosJobHandler.Catalog(), new ListLogger<EfRunStore>()));
        var crashed = Runner(factory, connection, catalog: GatedLanczosJobHandler.Catalog());
        await crashed.StartAsync(Token);
        var request = new GatedLanczosRequest(RunSamples.Lanczos(n: 200), StepsBeforeWaiting: 50); // runs until cancelled
        var run = crashed.Submit(request, new RunSubmitOptions { Owner = "ada" });
        var reader = TestStore.Reader(factory);
        await WaitForAsync(() => reader.Load(run.Id)?.Events.Count(e => e.Kind == RunEventKind.Step) == 50, "the 50 steps stored");
        connection.Sever(); // the process "dies": nothing it does reaches the database any more
        crashed.Get(run.Id)!.State.ShouldBe(RunState.Running);

        var restarted = Runner(factory, catalog: GatedLanczosJobHandler.Catalog());
        try
        {
            await restarted.StartAsync(Token);
            var back = restarted.Get(run.Id).ShouldNotBeNull();
            var events = restarted.Events(run.Id);

            (back.State, back.Error, back.Owner).ShouldBe((RunState.Interrupted, InProcessRunRunner.InterruptedReason, "ada"));
            back.Result.ShouldBeNull();
            events.Count(e => e.Kind == RunEventKind.Step).ShouldBe(50); // every step the run had completed
            events.Select(e => e.Sequence).ShouldBe(Enumerable.Range(0, events.Count).Select(i => (long)i));
            (events[^1].State, events[^1].IsTerminal).ShouldBe((RunState.Interrupted, true));
            (await ReadToEndAsync(restarted, run.Id)).Count.ShouldBe(events.Count);

            var rerun = restarted.Submit(back.Request, new RunSubmitOptions { RerunOf = run.Id });
            rerun.RerunOf.ShouldBe(run.Id);
            rerun.Request.ShouldBe(request); // the same request, read back from the store
            restarted.Cancel(rerun.Id).ShouldBeTrue();
        }
        finally
        {
            crashed.Cancel(run.Id);
            await StopAsync(crashed);
            await StopAsync(restarted);
        }
        restarted.Get(run.Id).ShouldNotBeNull().State.ShouldBe(RunState.Interrupted); // the dead process's late writes never landed
        connection.FailedCalls.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Writer_StoreDownWhileARunFinishes_RunSucceedsAndIsStoredOnceTheStoreIsBack()
    {
        var factory = databases.Factory("sqlite");
        var connection = new SeverableStore(TestStore.Reader(factory));
        var logger = new ListLogger<InProcessRunRunner>();
        var runner = Runner(factory, connection, logger);
        await runner.StartAsync(Token);
        try
        {
            connection.Sever();
            var run = runner.Submit(RunSamples.Lanczos(n: 40));
            await ReadToEndAsync(runner, run.Id);
            runner.Get(run.Id).ShouldNotBeNull().State.ShouldBe(RunState.Succeeded);
            await WaitForAsync(() => connection.FailedCalls > 0, "a failed write");

            connection.Restore();
            var reader = TestStore.Reader(factory);
            await WaitForAsync(() => reader.Load(run.Id)?.Info.State == RunState.Succeeded, "the run stored after the outage");

            reader.Load(run.Id)!.Info.Result.ShouldBeOfType<LanczosRunResult>();
            logger.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.Contains("could not save run"));
            logger.Entries.ShouldContain(e => e.Message.Contains("saves runs again"));
        }
        finally
        {
            await StopAsync(runner);
        }
    }

    [Fact]
    public async Task AnnotateAndDelete_RunInMemoryAndOlderStoredRun_ReachMemoryAndStore()
    {
        var factory = databases.Factory("sqlite");
        var first = Runner(factory);
        await first.StartAsync(Token);
        var old = first.Submit(RunSamples.Lanczos(n: 20));
        await ReadToEndAsync(first, old.Id);
        await StopAsync(first);

        var runner = Runner(factory);
        await runner.StartAsync(Token);
        try
        {
            var fresh = runner.Submit(RunSamples.Lanczos(n: 20), new RunSubmitOptions { Tags = ["a"] });
            (await runner.AnnotateAsync(fresh.Id, ["b", "c"], "note", Token)).ShouldBeTrue(); // possibly before its first write
            await ReadToEndAsync(runner, fresh.Id);
            runner.Get(old.Id).ShouldNotBeNull(); // cached now
            (await runner.AnnotateAsync(old.Id, ["old"], null, Token)).ShouldBeTrue();

            runner.Get(fresh.Id)!.Tags.ShouldBe(["b", "c"]);
            runner.Get(fresh.Id)!.Notes.ShouldBe("note");
            runner.Get(old.Id)!.Tags.ShouldBe(["old"]); // not the cached copy
            (await runner.AnnotateAsync("ffffffffffff", ["x"], null, Token)).ShouldBeFalse();

            await StopAsync(runner);
            var store = TestStore.Reader(factory);
            store.Load(fresh.Id)!.Info.Tags.ShouldBe(["b", "c"], ignoreOrder: true);
            store.Load(fresh.Id)!.Info.Notes.ShouldBe("note");

            (await runner.DeleteAsync(fresh.Id, Token)).ShouldBeTrue();
            (await runner.DeleteAsync(old.Id, Token)).ShouldBeTrue();
            runner.Get(fresh.Id).ShouldBeNull();
            runner.Get(old.Id).ShouldBeNull();
            store.Load(fresh.Id).ShouldBeNull();
            store.Load(old.Id).ShouldBeNull();
        }
        finally
        {
            runner.Dispose();
        }
    }

    [Fact]
    public async Task Get_RunEvictedFromMemory_IsServedFromTheStore()
    {
        var factory = databases.Factory("sqlite");
        var runner = Runner(factory, options: new RunnerOptions { MaxFinishedRuns = 0 });
        await runner.StartAsync(Token);
        try
        {
            var run = runner.Submit(RunSamples.Lanczos(n: 30));
            var events = await ReadToEndAsync(runner, run.Id);
            await WaitForAsync(() => runner.List().Count == 0, "eviction");

            var back = runner.Get(run.Id).ShouldNotBeNull();

            back.State.ShouldBe(RunState.Succeeded);
            back.Result.ShouldBeOfType<LanczosRunResult>();
            BitExact.ShouldMatch(runner.Events(run.Id), events);
        }
        finally
        {
            await StopAsync(runner);
        }
    }

    [Fact]
    public void Events_UnknownRun_ThrowsKeyNotFoundLikeWithoutAStore()
    {
        var runner = Runner(databases.Factory("sqlite"));

        Should.Throw<KeyNotFoundException>(() => runner.Events("ffffffffffff"));
        Should.Throw<KeyNotFoundException>(() => runner.StreamAsync("ffffffffffff"));
        runner.Get("ffffffffffff").ShouldBeNull();
        runner.Dispose();
    }

    private static InProcessRunRunner Runner(RunStoreContextFactory factory, IRunStore? store = null, ILogger<InProcessRunRunner>? logger = null,
        RunnerOptions? options = null, RunJobCatalog? catalog = null)
    {
        catalog ??= RunJobCatalog.CreateDefault();
        return new(Options.Create(options ?? new RunnerOptions()), catalog, logger ?? new ListLogger<InProcessRunRunner>(), null,
            store ?? new EfRunStore(factory, catalog, new ListLogger<EfRunStore>()));
    }

    private static async Task<List<RunEvent>> ReadToEndAsync(InProcessRunRunner runner, string runId, long from = 0)
    {
        using var timeout = new CancellationTokenSource(Cap);
        var events = new List<RunEvent>();
        await foreach (var e in runner.StreamAsync(runId, from, timeout.Token)) events.Add(e);
        return events;
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Cap);
        while (!condition())
        {
            if (timeout.IsCancellationRequested) throw new TimeoutException($"No {what} within {Cap}.");
            await Task.Delay(20, CancellationToken.None);
        }
    }

    private static async Task StopAsync(InProcessRunRunner runner)
    {
        using var timeout = new CancellationTokenSource(Cap);
        await runner.StopAsync(timeout.Token);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
