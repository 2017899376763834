using System.Text.Json;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecordingReporter = HessianDashboard.Experiments.Tests.Networks.Jobs.RecordingReporter;

namespace HessianDashboard.Experiments.Tests.Jobs.Store;

/// <summary>
/// Every job kind's real (tiny) result survives <see cref="ExperimentJson.Options"/>: serialised, read back as the
/// handler's <see cref="IRunJobHandler.ResultType"/>, and equal value by value (doubles bitwise), which is what the run
/// store and run exports rely on; requests likewise as <see cref="IRunJobHandler.RequestType"/>. The network kinds need
/// shared/data and skip without it.
/// </summary>
public sealed class ResultRoundTripTests : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("hessian-roundtrip-").FullName;

    public static TheoryData<string> Kinds => RunKindCases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Result_SerialisedAndReadAsResultType_EqualsTheOriginal(string kind)
    {
        var handler = RunKindCases.Handler(kind, _artifacts);
        var result = handler.Execute(RunKindCases.Request(kind), new RecordingReporter(), TestContext.Current.CancellationToken);
        result.ShouldNotBeNull();
        result.ShouldBeOfType(handler.ResultType);

        string json = JsonSerializer.Serialize(result, handler.ResultType, ExperimentJson.Options);
        var back = JsonSerializer.Deserialize(json, handler.ResultType, ExperimentJson.Options);

        var (differences, leaves) = StructuralComparer.Compare(result, back);
        differences.ShouldBeEmpty($"{kind}: the result read back differs");
        leaves.ShouldBeGreaterThan(20, "the comparison walked the result");
        JsonSerializer.Serialize(back, handler.ResultType, ExperimentJson.Options).ShouldBe(json);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Request_SerialisedAndReadAsRequestType_EqualsTheOriginal(string kind)
    {
        var request = RunKindCases.Request(kind);

        string json = JsonSerializer.Serialize(request, request.GetType(), ExperimentJson.Options);
        var back = JsonSerializer.Deserialize(json, request.GetType(), ExperimentJson.Options);

        var (differences, leaves) = StructuralComparer.Compare(request, back);
        differences.ShouldBeEmpty($"{kind}: the request read back differs");
        leaves.ShouldBeGreaterThan(5);
    }

    [Fact]
    public void Kinds_CoverEveryRegisteredHandler()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Artifacts:Directory"] = _artifacts }).Build();
        using var provider = new ServiceCollection().AddRunRunner(configuration).AddNetworkJobs(configuration).BuildServiceProvider();

        provider.GetServices<IRunJobHandler>().Select(h => h.Kind).ShouldBe(Kinds.Select(k => k.Data), ignoreOrder: true);
    }

    [Fact]
    public void Compare_OneUlpDeepInsideOrALostProperty_IsADifference()
    {
        var result = (SpectrumComparisonResult)RunKindCases.Handler("spectrum-comparison", _artifacts)
            .Execute(RunKindCases.Request("spectrum-comparison"), new RecordingReporter(), TestContext.Current.CancellationToken)!;
        var ladder = result.Runs[1].Ladder!.Select(row => row.ToArray()).ToArray();
        ladder[^1][0] = Math.BitIncrement(ladder[^1][0]);
        var nudged = result with { Runs = [result.Runs[0], result.Runs[1] with { Ladder = ladder }, .. result.Runs[2..]] };
        var lost = result with { Runs = [result.Runs[0] with { Run = result.Runs[0].Run with { Weights = [] } }, .. result.Runs[1..]] };

        StructuralComparer.Compare(result, nudged).Differences.ShouldHaveSingleItem().ShouldStartWith("$.Runs[1].Ladder[");
        StructuralComparer.Compare(result, lost).Differences.ShouldContain(d => d.StartsWith("$.Runs[0].Run.Weights", StringComparison.Ordinal));
        StructuralComparer.Compare(result, result with { }).Differences.ShouldBeEmpty();
    }

    public void Dispose() => Directory.Delete(_artifacts, recursive: true);
}
