using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Handlers;
using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Experiments.Tests.Jobs;

public class RunJobHandlerTests
{
    [Fact]
    public async Task SpectrumComparison_TwoVariants_PublishesEveryStepPerVariantWithRisingProgress()
    {
        await using var harness = await RunnerHarness.StartAsync();
        var request = new SpectrumComparisonRequest
        {
            Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, 30, 5),
            Variants = [Reorthogonalization.None, Reorthogonalization.Full],
        };

        var run = harness.Runner.Submit(request);
        var events = await harness.ReadToEndAsync(run.Id);

        var done = harness.Runner.Get(run.Id)!;
        done.State.ShouldBe(RunState.Succeeded);
        done.Kind.ShouldBe("spectrum-comparison");
        var result = done.Result.ShouldBeOfType<SpectrumComparisonResult>();
        result.Runs.Select(r => r.Variant).ShouldBe(request.Variants);
        var steps = events.Where(e => e.Kind == RunEventKind.Step).ToList();
        steps.Where(e => e.Series == "None").Select(e => e.Step!.K).ShouldBe(Enumerable.Range(1, 30));
        steps.Where(e => e.Series == "Full").Select(e => e.Step!.K).ShouldBe(Enumerable.Range(1, 30));
        steps.FindIndex(e => e.Series == "Full").ShouldBe(30); // None first, then Full
        events.Where(e => e.Kind == RunEventKind.Progress).Select(e => e.Progress!.Done).ShouldBe([0, 1, 2]);
    }

    [Fact]
    public async Task RuntimeStudy_Tiny_ReportsProgressUnitsAndSucceeds()
    {
        await using var harness = await RunnerHarness.StartAsync();
        var request = new RuntimeStudyRequest { Sizes = [10, 20], Variants = [Reorthogonalization.Full], Repeats = 1, EigensolveRepeats = 1 };

        var run = harness.Runner.Submit(request);
        var events = await harness.ReadToEndAsync(run.Id);

        events[^1].State.ShouldBe(RunState.Succeeded);
        var progress = events.Where(e => e.Kind == RunEventKind.Progress).Select(e => e.Progress!).ToList();
        progress.ShouldNotBeEmpty();
        progress[^1].ShouldBe(new ExperimentProgress("Done", 4, 4));
        harness.Runner.Get(run.Id)!.Result.ShouldBeOfType<RuntimeStudyResult>().Lanczos.Length.ShouldBe(2);
    }

    [Fact]
    public void Catalog_UnknownRequestType_ThrowsNotSupported()
    {
        var catalog = RunJobCatalog.CreateDefault();

        catalog.RequestTypes.Count.ShouldBe(4);
        Should.Throw<NotSupportedException>(() => catalog.Find(new UnknownRequest())).Message.ShouldContain(nameof(UnknownRequest));
    }

    [Fact]
    public void Catalog_TwoHandlersForOneType_IsRejected()
    {
        var handlers = RunJobCatalog.BuiltInHandlers();

        Should.Throw<ArgumentException>(() => new RunJobCatalog([.. handlers, handlers[0]]));
    }

    [Fact]
    public void Catalog_FindKind_FindsEachBuiltInHandlerIgnoringCaseAndNullForUnknown()
    {
        var catalog = RunJobCatalog.CreateDefault();

        catalog.Kinds.ShouldBe(["lanczos", "spectrum-comparison", "runtime-study", "convergence-study"]);
        catalog.FindKind("lanczos").ShouldBeOfType<LanczosRunJobHandler>().RequestType.ShouldBe(typeof(LanczosRunRequest));
        catalog.FindKind("Convergence-Study").ShouldBeOfType<ConvergenceStudyJobHandler>();
        catalog.FindKind("power").ShouldBeNull();
        catalog.FindKind(null).ShouldBeNull();
    }

    [Fact]
    public void Catalog_TwoHandlersForOneKind_IsRejected() =>
        Should.Throw<ArgumentException>(() => new RunJobCatalog([new LanczosRunJobHandler(), new OtherLanczosKind()]))
            .Message.ShouldContain("'lanczos'");

    private sealed class OtherLanczosKind : RunJobHandler<UnknownRequest, object>
    {
        public override string Kind => "lanczos";

        public override string Describe(UnknownRequest request) => "";

        public override object? Execute(UnknownRequest request, IRunReporter reporter, CancellationToken cancellationToken) => null;
    }

    private sealed record UnknownRequest : IExperimentRequest
    {
        public IReadOnlyList<string> Validate() => [];
    }
}
