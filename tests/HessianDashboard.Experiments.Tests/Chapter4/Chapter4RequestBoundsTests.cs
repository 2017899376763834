using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Tests.Common;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Experiments.Tests.Chapter4;

/// <summary>Absurd values in the chapter-4 requests are refused by their validation with a message saying what is wrong.</summary>
public sealed class Chapter4RequestBoundsTests
{
    [Theory]
    [InlineData("samples", "Samples must be at most 1,000,000 (got 10,000,000).")]
    [InlineData("epochs", "Epochs must be at most 1,000 (got 1,000,000,000).")]
    [InlineData("iterations", "Iterations m must be at most 5,000 (got 1,000,000,000).")]
    [InlineData("epsilon", "ε must be positive (got NaN).")]
    [InlineData("bins", "Histogram bins must lie in [1, 10000] (got 1000000000).")]
    [InlineData("data sets", "Data sets may list at most 100 values (got 500).")]
    public void ExactVsLanczos_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new ExactVsLanczosRequest();
        var absurd = field switch
        {
            "samples" => valid with { Samples = 10_000_000 },
            "epochs" => valid with { Epochs = 1_000_000_000 },
            "iterations" => valid with { Iterations = 1_000_000_000 },
            "epsilon" => valid with { Epsilon = double.NaN },
            "bins" => valid with { HistogramBins = 1_000_000_000 },
            _ => valid with { Datasets = [.. Enumerable.Repeat("mnist", 500)] },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }

    [Theory]
    [InlineData("batch size", "Batch sizes must be at most 1,000,000.")]
    [InlineData("many batch sizes", "Batch sizes may list at most 100 values (got 1,000).")]
    [InlineData("samples", "Samples must be at most 1,000,000 (got 10,000,000).")]
    [InlineData("epochs", "Epochs must be at most 1,000 (got 1,000,000,000).")]
    [InlineData("iterations", "Iterations m must be at most 5,000 (got 1,000,000,000).")]
    [InlineData("repeats", "Repeats must lie in [1, 100] (got 1000000000).")]
    [InlineData("tolerance", "The spurious-negative tolerance must be ≥ 0 (got NaN).")]
    public void BatchSizeStudy_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new BatchSizeStudyRequest();
        var absurd = field switch
        {
            "batch size" => valid with { BatchSizes = [10, 1_000_000_000] },
            "many batch sizes" => valid with { BatchSizes = [.. Enumerable.Range(1, 1000)] },
            "samples" => valid with { Samples = 10_000_000 },
            "epochs" => valid with { Epochs = 1_000_000_000 },
            "iterations" => valid with { Iterations = 1_000_000_000 },
            "repeats" => valid with { Repeats = 1_000_000_000 },
            _ => valid with { SpuriousTolerance = double.NaN },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }

    [Theory]
    [InlineData("epoch", "Checkpoint epochs must be at most 1,000.")]
    [InlineData("many epochs", "Checkpoint epochs may list at most 100 values (got 1,000).")]
    [InlineData("nan learning rate", "The learning rate must be positive (got NaN).")]
    [InlineData("infinite learning rate", "The learning rate must be at most 100 (got Infinity).")]
    [InlineData("samples", "Samples must be at most 1,000,000 (got 10,000,000).")]
    [InlineData("iterations", "Iterations m must be at most 5,000 (got 1,000,000,000).")]
    [InlineData("sigma", "σ must be a positive number (got -1).")]
    [InlineData("grid", "Grid points must lie in [2, 100000] (got 1000000000).")]
    [InlineData("tolerance", "The residual tolerance must be positive (got NaN).")]
    public void Trajectory_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new TrajectoryRequest();
        var absurd = field switch
        {
            "epoch" => valid with { Epochs = [0, 1_000_000_000] },
            "many epochs" => valid with { Epochs = [.. Enumerable.Range(0, 1000)] },
            "nan learning rate" => valid with { LearningRate = double.NaN },
            "infinite learning rate" => valid with { LearningRate = double.PositiveInfinity },
            "samples" => valid with { Samples = 10_000_000 },
            "iterations" => valid with { Iterations = 1_000_000_000 },
            "sigma" => valid with { Sigma = -1 },
            "grid" => valid with { GridPoints = 1_000_000_000 },
            _ => valid with { ResidualTolerance = double.NaN },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }

    [Theory]
    [InlineData("blocks", "The Hessian batch must be at most 100,000 (got 1,000,000,000).")]
    [InlineData("iterations", "Iterations m must be at most 5,000 (got 1,000,000,000).")]
    [InlineData("chunk size", "The chunk size must be at most 100,000 (got 1,000,000,000).")]
    [InlineData("training iterations", "Training iterations must be at most 1,000,000 (got 1,000,000,000).")]
    [InlineData("sigma", "σ must be a positive number (got NaN).")]
    [InlineData("precision", "Unknown precision 9.")]
    public void NanoGptTrajectory_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new NanoGptTrajectoryRequest();
        var absurd = field switch
        {
            "blocks" => valid with { Blocks = 1_000_000_000 },
            "iterations" => valid with { Iterations = 1_000_000_000 },
            "chunk size" => valid with { ChunkSize = 1_000_000_000 },
            "training iterations" => valid with { Training = valid.Training with { Iterations = 1_000_000_000 } },
            "sigma" => valid with { Sigma = double.NaN },
            _ => valid with { Precision = (ModelPrecision)9 },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }

    [Theory]
    [InlineData("blocks", "The Hessian batch must be at most 100,000 (got 1,000,000,000).")]
    [InlineData("iterations", "Iterations m must be at most 5,000 (got 1,000,000,000).")]
    [InlineData("start vectors", "Start vectors must lie in [1, 100] (got 1000000000).")]
    [InlineData("sigma", "σ must be a positive number (got -1).")]
    [InlineData("grid", "Grid points must lie in [2, 100000] (got 1000000000).")]
    [InlineData("embedding", "NanoGPT has at most 1000 layers and 1,000,000 embedding dimensions")]
    [InlineData("precision", "Unknown precision 9.")]
    public void BlockSpectra_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new BlockSpectraRequest();
        var absurd = field switch
        {
            "blocks" => valid with { Blocks = 1_000_000_000 },
            "iterations" => valid with { Iterations = 1_000_000_000 },
            "start vectors" => valid with { StartVectors = 1_000_000_000 },
            "sigma" => valid with { Sigma = -1 },
            "grid" => valid with { GridPoints = 1_000_000_000 },
            "embedding" => valid with { Training = valid.Training with { Model = valid.Training.Model with { Embedding = 1_000_000_000, Heads = 1 } } },
            _ => valid with { Precision = (ModelPrecision)9 },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }
}
