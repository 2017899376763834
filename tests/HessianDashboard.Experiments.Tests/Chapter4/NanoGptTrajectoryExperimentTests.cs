using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class NanoGptTrajectoryExperimentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-ch4-gpt-").FullName;

    private NetworkArtifactStore Store => new(new ArtifactStoreOptions { Directory = _root });

    /// <summary>One layer, 16 wide, 8-token context: a few thousand parameters, seconds to train and probe.</summary>
    internal static NanoGptTrainingOptions TinyTraining
    {
        get
        {
            var defaults = new NanoGptTrainingOptions();
            return defaults with
            {
                Model = defaults.Model with { Layers = 1, Embedding = 16, Heads = 2, BlockSize = 8 },
                Iterations = 2, BatchSize = 4, EvalInterval = 2, EvalIterations = 2,
                Schedule = defaults.Schedule with { WarmupIterations = 1, DecayIterations = 2 },
                CheckpointIterations = [0, 2], Seed = 5,
            };
        }
    }

    [Fact]
    public void Run_TinyConfig_SpectrumPerCheckpointWithSeparationAndReuse()
    {
        var request = new NanoGptTrajectoryRequest { Training = TinyTraining, Blocks = 3, Iterations = 6, Precision = ModelPrecision.Float64 };
        var ct = TestContext.Current.CancellationToken;
        var result = NanoGptTrajectoryExperiment.Run(request, TrajectoryExperimentTests.Data, Store, cancellationToken: ct);

        result.Completed.ShouldBeTrue();
        result.Model.ShouldBe("nanogpt");
        result.Precision.ShouldBe("float64");
        result.Points.Select(p => p.Step).ShouldBe([0, 2]);
        result.Losses.ShouldNotBeEmpty();
        foreach (var point in result.Points)
        {
            var ritz = point.Spectrum.Lanczos.Ritz;
            point.LambdaMax.ShouldBe(ritz[^1]);
            point.LambdaSecond.ShouldBe(ritz[^2]);
            point.TopGap.ShouldBe(ritz[^1] - ritz[^2]);
            point.LambdaMaxResidual.ShouldBe(point.Spectrum.Lanczos.Residuals[^1]);
            point.Spectrum.Manifest.HessianBatchSize.ShouldBe(3);
            point.Spectrum.Manifest.BlockLength.ShouldBe(8);
            point.Spectrum.Manifest.HessianBlockOffsets.ShouldBe(result.Points[0].Spectrum.Manifest.HessianBlockOffsets);
            point.Outliers.Expected.ShouldBe(64); // C = the 65-character vocabulary
        }
        result.Points[0].Spectrum.Loss.ShouldBe(Math.Log(65), 0.5); // near-uniform prediction at initialisation

        var again = NanoGptTrajectoryExperiment.Run(request with { Iterations = 3, Precision = ModelPrecision.Float32 }, TrajectoryExperimentTests.Data, Store, cancellationToken: ct);
        again.TrainingReused.ShouldBeTrue();
        again.Precision.ShouldBe("float32");
        again.Points[0].Spectrum.Manifest.Precision.ShouldContain("32");
    }

    [Fact]
    public void Validate_BadSettings_AreMessages()
    {
        new NanoGptTrajectoryRequest { Blocks = 0 }.Validate().ShouldContain(e => e.Contains("block"));
        new NanoGptTrajectoryRequest { Training = new NanoGptTrainingOptions { CheckpointIterations = [0, 3000] } }.Validate()
            .ShouldContain(e => e.Contains("[0, 2000]"));
        new NanoGptTrajectoryRequest { Training = new NanoGptTrainingOptions { CheckpointIterations = [] } }.Validate().ShouldContain(e => e.Contains("at least one"));
        new NanoGptTrajectoryRequest { Iterations = 0 }.Validate().ShouldHaveSingleItem();
        new NanoGptTrajectoryRequest().Validate().ShouldBeEmpty();
        new NanoGptTrajectoryRequest().Precision.ShouldBe(ModelPrecision.Float32);
        NanoGptTrajectoryRequest.Quick().Training.Model.ShouldBe(new NanoGptTrainingOptions().Model); // --quick keeps the architecture
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
