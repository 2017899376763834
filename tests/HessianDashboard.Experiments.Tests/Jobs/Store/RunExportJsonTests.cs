using System.Text;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Experiments.Lanczos;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Experiments.Tests.Jobs.Store;

/// <summary>A real run of every kind exported with <see cref="RunExportJson"/> and read back, validated, unchanged.</summary>
public sealed class RunExportJsonTests : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("hessian-export-").FullName;

    public static TheoryData<string> Kinds => RunKindCases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task WriteThenRead_RealRunOfEveryKind_GivesBackTheSameRun(string kind)
    {
        var handler = RunKindCases.Handler(kind, _artifacts);
        var catalog = new RunJobCatalog([handler]);
        var (info, events) = await RunToEndAsync(catalog, RunKindCases.Request(kind));
        info.State.ShouldBe(RunState.Succeeded, info.Error);
        var export = RunExportJson.FromRun(info with { Tags = ["baseline", "meeting-2026-12"], Notes = "# Notes\nλ ≈ 2.5, *checked*.", Owner = "ada" }, events);

        var read = RunExportJson.Read(new MemoryStream(Bytes(export)), catalog);

        read.Errors.ShouldBeEmpty();
        var back = read.Run.ShouldNotBeNull();
        var (differences, leaves) = StructuralComparer.Compare(export, back);
        differences.ShouldBeEmpty();
        leaves.ShouldBeGreaterThan(50);
        back.Request.ShouldBeOfType(handler.RequestType);
        back.Result.ShouldBeOfType(handler.ResultType);
        back.Events.Count.ShouldBe(events.Count);
        back.Events.Select(e => e.Sequence).ShouldBe(Enumerable.Range(0, events.Count).Select(i => (long)i));
        back.Tags.ShouldBe(["baseline", "meeting-2026-12"]);
        (back.Notes, back.Owner).ShouldBe((export.Notes, "ada"));
        Encoding.UTF8.GetString(Bytes(back)).ShouldBe(Encoding.UTF8.GetString(Bytes(export)));
    }

    [Fact]
    public async Task WriteThenRead_RunCancelledWhileQueued_KeepsItsMissingStartAndResult()
    {
        var catalog = RunJobCatalog.CreateDefault();
        using var runner = new InProcessRunRunner(Options.Create(new RunnerOptions()), catalog, NullLogger<InProcessRunRunner>.Instance);
        var queued = runner.Submit(RunnerHarness.SmallLanczos());
        runner.Cancel(queued.Id).ShouldBeTrue();
        var info = runner.Get(queued.Id)!;

        var read = await RunExportJson.ReadAsync(new MemoryStream(Bytes(RunExportJson.FromRun(info, runner.Events(info.Id)))), catalog,
            cancellationToken: TestContext.Current.CancellationToken);

        var back = read.Run.ShouldNotBeNull();
        (back.State, back.StartedAt, back.Result).ShouldBe((RunState.Cancelled, null, null));
        back.FinishedAt.ShouldBe(info.FinishedAt);
        back.Events.Select(e => e.State).ShouldBe([RunState.Queued, RunState.Cancelled]);
        back.Request.ShouldBeOfType<LanczosRunRequest>().Source.Synthetic!.N.ShouldBe(40);
    }

    [Fact]
    public async Task Read_MetricEventsWithAndWithoutRunLabel_KeepsTheLabelAndAcceptsEventsWrittenBeforeLabels()
    {
        var catalog = RunJobCatalog.CreateDefault();
        var (info, events) = await RunToEndAsync(catalog, RunnerHarness.SmallLanczos());
        var end = events[^1];
        int n = events.Count - 1;
        RunEvent Metric(int sequence, string? label) =>
            new(sequence, info.Id, RunEventKind.Metric, null, "Lanczos seconds", null, null, null, end.At, new RunMetric("Lanczos seconds", 100, 0.25, label));
        RunEvent[] edited = [.. events.Take(n), Metric(n, "batch 100 #2"), Metric(n + 1, null), end with { Sequence = n + 2 }];
        string json = Encoding.UTF8.GetString(Bytes(RunExportJson.FromRun(info, edited)));
        string old = json.Replace(",\"label\":null", "", StringComparison.Ordinal); // an event written before labels has no such member

        var read = RunExportJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(old)), catalog);

        old.ShouldNotBe(json);
        read.Errors.ShouldBeEmpty();
        read.Run!.Events.Where(e => e.Kind == RunEventKind.Metric).Select(e => e.Metric!.Label).ShouldBe(["batch 100 #2", null]);
    }

    [Fact]
    public void FromRun_RunStillQueued_IsRefused()
    {
        using var runner = new InProcessRunRunner(Options.Create(new RunnerOptions()), RunJobCatalog.CreateDefault(), NullLogger<InProcessRunRunner>.Instance);
        var queued = runner.Submit(RunnerHarness.SmallLanczos());

        Should.Throw<ArgumentException>(() => RunExportJson.FromRun(queued, runner.Events(queued.Id))).Message.ShouldContain("is queued");
    }

    /// <summary>Runs <paramref name="request"/> on a started runner over <paramref name="catalog"/>; returns the finished snapshot and its events.</summary>
    internal static async Task<(RunInfo Info, IReadOnlyList<RunEvent> Events)> RunToEndAsync(RunJobCatalog catalog, IExperimentRequest request)
    {
        using var runner = new InProcessRunRunner(Options.Create(new RunnerOptions()), catalog, NullLogger<InProcessRunRunner>.Instance);
        await runner.StartAsync(CancellationToken.None);
        try
        {
            var run = runner.Submit(request);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await foreach (var _ in runner.StreamAsync(run.Id, 0, timeout.Token)) { }
            return (runner.Get(run.Id)!, runner.Events(run.Id));
        }
        finally
        {
            await runner.StopAsync(CancellationToken.None);
        }
    }

    internal static byte[] Bytes(RunExport export)
    {
        using var stream = new MemoryStream();
        RunExportJson.Write(export, stream);
        return stream.ToArray();
    }

    public void Dispose() => Directory.Delete(_artifacts, recursive: true);
}
