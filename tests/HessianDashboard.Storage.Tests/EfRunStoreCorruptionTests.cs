using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Handlers;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Serialization;
using HessianDashboard.Storage.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HessianDashboard.Storage.Tests;

public class EfRunStoreCorruptionTests(StoreDatabases databases) : IClassFixture<StoreDatabases>
{
    public static TheoryData<string> Providers => StoreDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Load_ResultBlobCutShort_GivesTheRunWithoutItsResultAndSaysWhy(string provider)
    {
        var (store, id) = Stored(provider);
        await using (var db = store.Factory.CreateContext())
        {
            var row = await db.Results.SingleAsync(Token);
            row.Blob = row.Blob![..5];
            await db.SaveChangesAsync(Token);
        }

        var loaded = store.Store.Load(id).ShouldNotBeNull();

        loaded.Info.Result.ShouldBeNull();
        loaded.Info.Error.ShouldNotBeNull().ShouldContain("The stored result could not be read");
        loaded.Info.Error.ShouldContain("outside its blob");
        loaded.Events.Count.ShouldBe(7); // the rest of the run is intact
        store.Log.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.Contains(id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Load_EventChunkJsonGarbled_KeepsTheEventsBeforeItAndSaysWhy(string provider)
    {
        var (store, id) = Stored(provider, chunks: 2);
        await using (var db = store.Factory.CreateContext())
        {
            var second = await db.EventChunks.OrderBy(c => c.FirstSequence).Skip(1).FirstAsync(Token);
            second.Json = "[{\"sequence\":";
            await db.SaveChangesAsync(Token);
        }

        var loaded = store.Store.Load(id).ShouldNotBeNull();

        loaded.Events.Count.ShouldBe(3);
        loaded.Info.Error.ShouldNotBeNull().ShouldContain("Stored events #3 and on could not be read");
        loaded.Info.Result.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task LoadAndQuery_KindNoLongerRegistered_GiveTheRunWithAnUnreadableRequestAndNoResult(string provider)
    {
        var (store, id) = Stored(provider);
        var elsewhere = store.Reopen(new RunJobCatalog([new ConvergenceStudyJobHandler()])); // no "lanczos" here

        var loaded = elsewhere.Load(id).ShouldNotBeNull();
        var page = await elsewhere.QueryAsync(new RunQuery(), Token);

        var request = loaded.Info.Request.ShouldBeOfType<UnreadableRequest>();
        request.Kind.ShouldBe("lanczos");
        request.Validate().ShouldHaveSingleItem().ShouldContain("cannot be read");
        loaded.Info.Result.ShouldBeNull();
        loaded.Info.Error.ShouldNotBeNull().ShouldContain("the job kind 'lanczos' is not registered here");
        loaded.Events.Count.ShouldBe(7);
        page.Items.ShouldHaveSingleItem().Request.ShouldBeOfType<UnreadableRequest>();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Load_RequestJsonGarbled_GivesAnUnreadableRequestWithTheStoredText(string provider)
    {
        var (store, id) = Stored(provider);
        await using (var db = store.Factory.CreateContext())
        {
            var run = await db.Runs.SingleAsync(Token);
            run.RequestJson = "{\"source\": 12";
            await db.SaveChangesAsync(Token);
        }

        var loaded = store.Store.Load(id).ShouldNotBeNull();

        loaded.Info.Request.ShouldBeOfType<UnreadableRequest>().Json.ShouldBe("{\"source\": 12");
        loaded.Info.Error.ShouldNotBeNull().ShouldContain("The stored request cannot be read");
        loaded.Info.Result.ShouldNotBeNull();
    }

    private (TestStore Store, string Id) Stored(string provider, int chunks = 1)
    {
        var store = databases.Create(provider);
        var info = RunSamples.Info("0000000000c1", RunState.Succeeded, RunSamples.Epoch) with { Result = EfRunStoreLifecycleTests.TinyResult() };
        var events = EfRunStoreLifecycleTests.Steps(info.Id, 5);
        if (chunks == 1) store.Store.Save(new RunWrite(info, 1, events, true));
        else
        {
            store.Store.Save(new RunWrite(info with { State = RunState.Running, FinishedAt = null }, 1, events[..3], false));
            store.Store.Save(new RunWrite(info, 1, events[3..], true));
        }
        return (store, info.Id);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
