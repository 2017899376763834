using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Tests.Common;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Tests.Networks;

/// <summary>Absurd values in the network requests (training, spectra) are refused by their validation with a message saying what is wrong.</summary>
public sealed class NetworkRequestBoundsTests
{
    [Theory]
    [InlineData("epochs", "Epochs must be at most 1,000 (got 1,000,000,000).")]
    [InlineData("batch size", "The batch size must be at most 100,000 (got 1,000,000,000).")]
    [InlineData("samples", "Samples must be at most 1,000,000 (got 10,000,000).")]
    [InlineData("nan learning rate", "Learning rate must be positive and momentum in [0, 1) (got NaN, 0).")]
    [InlineData("infinite learning rate", "The learning rate must be at most 100 (got Infinity).")]
    [InlineData("nan momentum", "The momentum must lie in [0, 1) (got NaN).")]
    [InlineData("wide layer", "MLP layers have at most 1,000,000 units (got 784-10000000-10).")]
    [InlineData("huge model", "The model would have 397,500,010 parameters; at most 100,000,000 are allowed.")]
    [InlineData("checkpoint epochs", "Checkpoint epochs must lie in [0, 15].")]
    [InlineData("precision", "Unknown precision 9.")]
    public void TrainMlp_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new TrainMlpRequest { Samples = 1000 };
        var options = new MlpTrainingOptions();
        var absurd = field switch
        {
            "epochs" => valid with { EpochsExplicit = true, Options = options with { Epochs = 1_000_000_000 } },
            "batch size" => valid with { Options = options with { BatchSize = 1_000_000_000 } },
            "samples" => valid with { Samples = 10_000_000 },
            "nan learning rate" => valid with { Options = options with { LearningRate = double.NaN } },
            "infinite learning rate" => valid with { Options = options with { LearningRate = double.PositiveInfinity } },
            "nan momentum" => valid with { Options = options with { Momentum = double.NaN } },
            "wide layer" => valid with { Options = options with { Model = new MlpConfig(Hidden: 10_000_000) } },
            "huge model" => valid with { Options = options with { Model = new MlpConfig(Hidden: 500_000) } },
            "checkpoint epochs" => valid with { EpochsExplicit = true, Options = options with { CheckpointEpochs = [0, 1_000_000] } },
            _ => valid with { Options = options with { Precision = (ModelPrecision)9 } },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }

    [Theory]
    [InlineData("iterations", "Training iterations must be at most 1,000,000 (got 1,000,000,000).")]
    [InlineData("batch size", "The batch size must be at most 100,000 (got 1,000,000,000).")]
    [InlineData("layers", "NanoGPT has at most 1000 layers")]
    [InlineData("no heads", "NanoGPT sizes must be positive")]
    [InlineData("huge model", "parameters; at most 100,000,000 are allowed.")]
    [InlineData("nan learning rate", "Invalid learning-rate schedule")]
    [InlineData("infinite learning rate", "The learning rate must be at most 100 (got Infinity).")]
    [InlineData("nan minimum learning rate", "The minimum learning rate must lie in [0, 100] (got NaN).")]
    [InlineData("nan beta", "Betas must lie in [0, 1) (got NaN, 0.99).")]
    [InlineData("weight decay", "The weight decay must lie in [0, 10] (got 1E+30).")]
    [InlineData("nan grad clip", "Gradient clipping must be a finite number ≥ 0 (got NaN).")]
    [InlineData("dropout", "Dropout must be in [0, 1), got 2.")]
    [InlineData("eval iterations", "Evaluation iterations must be at most 1,000,000 (got 2,000,000,000).")]
    public void TrainNanoGpt_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new TrainNanoGptRequest();
        var o = valid.Options;
        var absurd = field switch
        {
            "iterations" => valid with { Options = o with { Iterations = 1_000_000_000 } },
            "batch size" => valid with { Options = o with { BatchSize = 1_000_000_000 } },
            "layers" => valid with { Options = o with { Model = o.Model with { Layers = 1_000_000 } } },
            "no heads" => valid with { Options = o with { Model = o.Model with { Heads = 0 } } },
            "huge model" => valid with { Options = o with { Model = o.Model with { Layers = 100, Embedding = 4096, Heads = 32 } } },
            "nan learning rate" => valid with { Options = o with { Schedule = o.Schedule with { LearningRate = double.NaN } } },
            "infinite learning rate" => valid with { Options = o with { Schedule = o.Schedule with { LearningRate = double.PositiveInfinity } } },
            "nan minimum learning rate" => valid with { Options = o with { Schedule = o.Schedule with { MinLearningRate = double.NaN } } },
            "nan beta" => valid with { Options = o with { Beta1 = double.NaN } },
            "weight decay" => valid with { Options = o with { WeightDecay = 1e30 } },
            "nan grad clip" => valid with { Options = o with { GradClip = double.NaN } },
            "dropout" => valid with { Options = o with { Model = o.Model with { Dropout = 2 } } },
            _ => valid with { Options = o with { EvalIterations = 2_000_000_000 } },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }

    [Theory]
    [InlineData("iterations", "Iterations m must be at most 5,000 (got 1,000,000,000).")]
    [InlineData("samples", "Samples must be at most 1,000,000 (got 10,000,000).")]
    [InlineData("hessian batch", "The Hessian batch must be at most 1,000,000 (got 2,000,000,000).")]
    [InlineData("chunk size", "The chunk size must be positive (got 0).")]
    [InlineData("epsilon", "ε must be positive (got NaN).")]
    [InlineData("variant", "Unknown variant 7.")]
    [InlineData("model", "Unknown model 5.")]
    [InlineData("precision", "Unknown precision 9.")]
    public void NetworkSpectrum_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new NetworkSpectrumRequest { Model = ModelKind.Mlp, Samples = 1000, HessianBatch = 100 };
        var absurd = field switch
        {
            "iterations" => valid with { Iterations = 1_000_000_000 },
            "samples" => valid with { Samples = 10_000_000 },
            "hessian batch" => valid with { HessianBatch = 2_000_000_000 },
            "chunk size" => valid with { ChunkSize = 0 },
            "epsilon" => valid with { Epsilon = double.NaN },
            "variant" => valid with { Variant = (Reorthogonalization)7 },
            "model" => valid with { Model = (ModelKind)5 },
            _ => valid with { Precision = (ModelPrecision)9 },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }
}
