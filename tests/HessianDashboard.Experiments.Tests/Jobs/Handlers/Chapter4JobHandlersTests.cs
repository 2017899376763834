using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Handlers;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Experiments.Tests.Jobs.Handlers;

/// <summary><see cref="ExactVsLanczosJobHandler"/> and <see cref="BatchSizeStudyJobHandler"/> through a recording reporter.</summary>
public sealed class Chapter4JobHandlersTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-ch4-jobs-").FullName;

    private NetworkArtifactStore Store => new(new ArtifactStoreOptions { Directory = _root });

    private static DataOptions Data => new() { Directory = SharedData.DataDirectory, AllowDownload = false };

    [Fact]
    public void Execute_ExactVsLanczos_PublishesStepsPerStateAndConvergedMetrics()
    {
        IRunJobHandler handler = new ExactVsLanczosJobHandler(Data, Store);
        var request = new ExactVsLanczosRequest { Datasets = ["mnist"], Samples = 32, Epochs = 1, Iterations = 5, ParameterPatterns = ["2.bias"] };
        var reporter = new RecordingReporter();

        var result = (ExactVsLanczosResult)handler.Execute(request, reporter, TestContext.Current.CancellationToken)!;

        handler.Kind.ShouldBe("exact-vs-lanczos");
        handler.Describe(request).ShouldContain("mnist");
        reporter.Steps.Where(s => s.Series == "mnist/initialisation").Select(s => s.Step.K).ShouldBe([1, 2, 3, 4, 5]);
        reporter.Steps.Where(s => s.Series == "mnist/trained").Count().ShouldBe(5);
        reporter.Metrics.Where(m => m.Name == "converged mnist/trained").Select(m => (int)m.Y).ShouldBe(result.Datasets[0].Trained!.ConvergedPerStep);
        reporter.Progress.Select(p => p.Fraction).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void Execute_BatchSizeStudy_PublishesRuntimePerRun()
    {
        IRunJobHandler handler = new BatchSizeStudyJobHandler(Data, Store);
        var request = new BatchSizeStudyRequest { Samples = 24, Epochs = 1, BatchSizes = [4], Repeats = 1, Iterations = 4, ParameterPatterns = ["2.bias"] };
        var reporter = new RecordingReporter();

        var result = (BatchSizeStudyResult)handler.Execute(request, reporter, TestContext.Current.CancellationToken)!;

        handler.Kind.ShouldBe("batch-size-study");
        reporter.Steps.Select(s => s.Series).Distinct().ShouldBe(["full #1", "batch 4 #1"]);
        reporter.Metrics.Where(m => m.Name == "Lanczos seconds").Select(m => m.Y).ShouldBe(result.Runs.Select(r => r.LanczosSeconds));
        reporter.Metrics.Select(m => m.Label).Distinct().ShouldBe(["full #1", "batch 4 #1"]);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class RecordingReporter : IRunReporter
    {
        public List<(LanczosStep Step, string? Series)> Steps { get; } = [];
        public List<RunMetric> Metrics { get; } = [];
        public List<ExperimentProgress> Progress { get; } = [];
        public string RunId => "test";
        public void Report(ExperimentProgress value) => Progress.Add(value);
        public void Step(LanczosStep step, string? series = null, double? fraction = null) => Steps.Add((step, series));
        public void Metric(RunMetric metric, double? fraction = null) => Metrics.Add(metric);
    }
}
