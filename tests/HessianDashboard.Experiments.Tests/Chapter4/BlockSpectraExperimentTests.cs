using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class BlockSpectraExperimentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-ch4-blocks-").FullName;

    private NetworkArtifactStore Store => new(new ArtifactStoreOptions { Directory = _root });

    [Fact]
    public void Run_TinyConfig_EveryBlockIsAProbabilityDensityAndDistancesAreAMetricMatrix()
    {
        var request = new BlockSpectraRequest
        {
            Training = NanoGptTrajectoryExperimentTests.TinyTraining, Blocks = 2, Iterations = 6, StartVectors = 2, Precision = ModelPrecision.Float64,
            GridPoints = 2000,
        };
        var series = new HashSet<string>();
        var result = BlockSpectraExperiment.Run(request, TrajectoryExperimentTests.Data, Store,
            new Chapter4Observer { Step = (_, s, _) => series.Add(s) }, TestContext.Current.CancellationToken);

        result.Completed.ShouldBeTrue();
        result.TrainingReused.ShouldBe(false);
        result.Checkpoint.ShouldEndWith("iter-0002.safetensors");
        result.Blocks.Select(b => b.Name).ShouldBe(["embedding", "h0.attn", "h0.mlp", "ln_f"]);
        series.ShouldBe(result.Blocks.Select(b => b.Name), ignoreOrder: true);
        var config = NanoGptTrajectoryExperimentTests.TinyTraining.Model with { VocabularySize = 65 };
        result.Blocks.Sum(b => b.Dimension).ShouldBe((int)config.ParameterCount);
        foreach (var block in result.Blocks)
        {
            block.Runs.Count.ShouldBe(2);
            block.RunWeightTotals.ShouldAllBe(total => Math.Abs(total - 1) < 1e-12);
            block.Integral.ShouldBe(1, 1e-3);
            block.LambdaMax.ShouldBe(block.Runs.Max(r => r.Lanczos.Ritz.Max()));
            block.Runs.Select(r => r.Lanczos.Ritz.Length).ShouldAllBe(k => k == 6);
        }
        result.Blocks.Single(b => b.Name == "h0.attn").Parameters.ShouldBe(
            ["transformer.h.0.ln_1.weight", "transformer.h.0.attn.c_attn.weight", "transformer.h.0.attn.c_proj.weight"]);
        var d = result.JensenShannonDistance;
        d.Length.ShouldBe(4);
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
            {
                d[i][j].ShouldBe(d[j][i]);
                d[i][j].ShouldBeInRange(0, JensenShannon.MaxDistance);
                if (i == j) d[i][j].ShouldBe(0);
            }
    }

    [Fact]
    public void Validate_BadSettings_AreMessages()
    {
        new BlockSpectraRequest { Checkpoint = "/nonexistent.safetensors" }.Validate().ShouldContain(e => e.Contains("does not exist"));
        new BlockSpectraRequest { Iteration = 123 }.Validate().ShouldContain(e => e.Contains("not one of"));
        new BlockSpectraRequest { StartVectors = 0 }.Validate().ShouldHaveSingleItem();
        new BlockSpectraRequest { Blocks = 0, Iterations = 0 }.Validate().Count.ShouldBe(2);
        new BlockSpectraRequest().Validate().ShouldBeEmpty();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
