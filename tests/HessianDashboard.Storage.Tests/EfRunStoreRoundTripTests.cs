using System.Text.Json;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Storage.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HessianDashboard.Storage.Tests;

public class EfRunStoreRoundTripTests(StoreDatabases databases) : IClassFixture<StoreDatabases>
{
    // One real 500-step Lanczos run (full reorthogonalisation, Ritz values every step, orthogonality not tracked: NaN
    // losses), computed once for every provider.
    private static readonly Lazy<Task<(RunInfo Run, IReadOnlyList<RunEvent> Events)>> Lanczos500 =
        new(() => RunSamples.RunToEndAsync(RunSamples.Lanczos(n: 500, m: 500, trackOrthogonality: false)));

    [Theory]
    [MemberData(nameof(StoreDatabases.Providers), MemberType = typeof(StoreDatabases))]
    public async Task SaveLoad_RealLanczosRunWrittenInThreeBatches_RoundTripsEveryDoubleBitForBit(string provider)
    {
        var store = databases.Create(provider);
        var (run, events) = await Lanczos500.Value;
        var result = run.Result.ShouldBeOfType<LanczosRunResult>();
        result.OrthogonalityLoss.ShouldAllBe(x => double.IsNaN(x));
        var running = run with { State = RunState.Running, FinishedAt = null, Result = null, Progress = 0.2 };

        store.Store.Save(new RunWrite(running, 7, events.Take(100).ToArray(), IncludeResult: false));
        store.Store.Save(new RunWrite(running, 7, events.Skip(100).Take(300).ToArray(), IncludeResult: false));
        store.Store.Save(new RunWrite(run, 7, events.Skip(400).ToArray(), IncludeResult: true));
        var loaded = store.Reopen().Load(run.Id).ShouldNotBeNull();

        loaded.Ordinal.ShouldBe(7);
        BitExact.ShouldMatch(loaded.Info.Result.ShouldBeOfType<LanczosRunResult>(), result);
        BitExact.ShouldMatch(loaded.Events, events);
        loaded.Events.Count(e => e.Kind == RunEventKind.Step).ShouldBe(500);
        loaded.Events.Where(e => e.Step is not null).ShouldAllBe(e => double.IsNaN(e.Step!.OrthogonalityLoss));
        var info = loaded.Info;
        (info.Id, info.Kind, info.Title, info.State, info.Error).ShouldBe((run.Id, run.Kind, run.Title, RunState.Succeeded, (string?)null));
        (info.SubmittedAt, info.StartedAt, info.FinishedAt).ShouldBe((run.SubmittedAt, run.StartedAt, run.FinishedAt)); // exact ticks
        info.Progress.ShouldBe(1);
        info.EventCount.ShouldBe(events.Count);
        BitExact.Json(info.Request).ShouldBe(BitExact.Json(run.Request));
        info.Manifest.ShouldNotBeNull().Runtime.ShouldBe(run.Manifest!.Runtime);
    }

    [Theory]
    [MemberData(nameof(StoreDatabases.Providers), MemberType = typeof(StoreDatabases))]
    public async Task Save_RealLanczosRun_KeepsItsArraysInBlobsAndItsJsonUnderATenthOfThePlainJson(string provider)
    {
        var store = databases.Create(provider);
        var (run, events) = await Lanczos500.Value;

        store.Store.Save(new RunWrite(run, 1, events, IncludeResult: true));

        await using var db = store.Factory.CreateContext();
        var chunk = await db.EventChunks.SingleAsync(TestContext.Current.CancellationToken);
        var result = await db.Results.SingleAsync(TestContext.Current.CancellationToken);
        var plain = new JsonSerializerOptions(ExperimentJson.Options) { WriteIndented = false };
        long plainLength = JsonSerializer.Serialize(events, plain).Length + JsonSerializer.Serialize(run.Result, run.Result!.GetType(), plain).Length;
        ((long)chunk.Json.Length + result.Json.Length).ShouldBeLessThan(plainLength / 10);
        // Every step array of 32 or more doubles (Ritz values and bounds from step 32 on) is in the blob, and nothing else.
        long blobDoubles = events.Where(e => e.Step is not null)
            .Sum(e => (long)Large(e.Step!.RitzValues.Length) + Large(e.Step.ResidualBounds.Length));
        blobDoubles.ShouldBeGreaterThan(2 * 400 * 250); // most of the 2·Σk ≈ 250,000 doubles
        chunk.Blob.ShouldNotBeNull().LongLength.ShouldBe(8 * blobDoubles);
        result.Blob.ShouldNotBeNull().Length.ShouldBeGreaterThanOrEqualTo(8 * 500 * 4); // Ritz, residuals, α, β (and more)
        result.TypeName.ShouldBe(typeof(LanczosRunResult).FullName);
    }

    private static int Large(int length) => length >= HessianDashboard.Storage.Serialization.CompactJson.MinBlobLength ? length : 0;

    [Theory]
    [MemberData(nameof(StoreDatabases.Providers), MemberType = typeof(StoreDatabases))]
    public void SaveLoad_ManifestWithANetworkAndOwnerTagsNotes_ComeBackAsWritten(string provider)
    {
        var store = databases.Create(provider);
        var manifest = Manifests.WithNetwork();
        var info = RunSamples.Info("a1b2c3d4e5f6", RunState.Running, RunSamples.Epoch, owner: "ada", tags: ["baseline", " Baseline ", "paper"],
            notes: "first *try*") with { Manifest = manifest, RerunOf = "0123456789ab" };

        store.Store.Save(new RunWrite(info, 3, [RunSamples.Queued(info.Id, RunSamples.Epoch)], IncludeResult: false));
        var loaded = store.Store.Load(info.Id).ShouldNotBeNull().Info;

        loaded.Owner.ShouldBe("ada");
        loaded.Tags.ShouldBe(["baseline", "paper"], ignoreOrder: true); // normalised: trimmed, case-insensitive duplicates dropped
        loaded.Notes.ShouldBe("first *try*");
        loaded.RerunOf.ShouldBe("0123456789ab");
        loaded.ImportedFrom.ShouldBeNull();
        var network = loaded.Manifest.ShouldNotBeNull().Networks.ShouldHaveSingleItem();
        network.HessianBatchIndices.ShouldBe(manifest.Networks[0].HessianBatchIndices);
        BitExact.Json(loaded.Manifest).ShouldBe(BitExact.Json(manifest));
    }

    [Theory]
    [MemberData(nameof(StoreDatabases.Providers), MemberType = typeof(StoreDatabases))]
    public void Save_EventsRepeatedOrWithAGap_SkipsTheStoredOnesAndRefusesTheGap(string provider)
    {
        var store = databases.Create(provider);
        var info = RunSamples.Info("0000000000aa", RunState.Running, RunSamples.Epoch);
        RunEvent Step(long sequence) => new(sequence, info.Id, RunEventKind.Step, null, "full",
            new LanczosStep((int)sequence, 1, 2, [], [], double.NaN, true, TimeSpan.FromTicks(3), TimeSpan.Zero), null, null, RunSamples.Epoch);

        store.Store.Save(new RunWrite(info, 1, [RunSamples.Queued(info.Id, RunSamples.Epoch), Step(1)], false));
        store.Store.Save(new RunWrite(info, 1, [Step(1), Step(2)], false)); // a retried write: #1 is already stored
        Should.Throw<InvalidOperationException>(() => store.Store.Save(new RunWrite(info, 1, [Step(4)], false))).Message.ShouldContain("#4");

        var loaded = store.Store.Load(info.Id).ShouldNotBeNull();
        loaded.Events.Select(e => e.Sequence).ShouldBe([0L, 1, 2]);
        loaded.Info.EventCount.ShouldBe(3);
    }
}
