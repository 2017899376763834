using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Handlers;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Jobs;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Experiments.Tests.Chapter4;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Tests.Data.TestSupport;
using HessianDashboard.Torch.Training;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Experiments.Tests.Jobs.Store;

/// <summary>
/// One tiny request per registered job kind (seconds to run) and its handler; the network handlers read shared/data
/// (the test skips without it) and keep their artifacts under a folder the caller owns.
/// </summary>
internal static class RunKindCases
{
    /// <summary>Every registered kind: the built-in ones, then the network ones.</summary>
    public static TheoryData<string> Kinds =>
    [
        "lanczos", "spectrum-comparison", "runtime-study", "convergence-study",
        "train-mlp", "train-nanogpt", "network-spectrum", "exact-vs-lanczos", "batch-size-study", "trajectory", "nanogpt-trajectory", "block-spectra",
    ];

    /// <summary>A tiny request of <paramref name="kind"/>.</summary>
    public static IExperimentRequest Request(string kind) => kind switch
    {
        "lanczos" => RunnerHarness.SmallLanczos(n: 30, m: 12),
        "spectrum-comparison" => new SpectrumComparisonRequest { Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, 30, 1), Iterations = 12 },
        "runtime-study" => new RuntimeStudyRequest { Sizes = [10, 20], Variants = [Reorthogonalization.None, Reorthogonalization.Full], Repeats = 2, EigensolveRepeats = 2 },
        "convergence-study" => new ConvergenceStudyRequest
        {
            N = 30, Iterations = [5, 10], Spectra = [SpectrumKind.Gaussian, SpectrumKind.Custom], Variants = [Reorthogonalization.Full, Reorthogonalization.None], Runs = 2,
        },
        "train-mlp" => new TrainMlpRequest
        {
            Samples = 128, EpochsExplicit = true,
            Options = new MlpTrainingOptions { Epochs = 2, LearningRate = 0.5, Seed = 1, ProgressInterval = 1, CheckpointEpochs = [0, 2] },
        },
        "train-nanogpt" => new TrainNanoGptRequest { Options = NanoGptTrajectoryExperimentTests.TinyTraining },
        "network-spectrum" => new NetworkSpectrumRequest
        {
            Model = ModelKind.Mlp, Seed = 3, Samples = 200, HessianBatch = 50, BatchSeed = 5, Iterations = 8, Exact = true, ParameterPatterns = ["2.*"],
        },
        "exact-vs-lanczos" => new ExactVsLanczosRequest { Datasets = ["mnist", "cifar10"], Samples = 32, Epochs = 1, Iterations = 5, ParameterPatterns = ["2.bias"] },
        "batch-size-study" => new BatchSizeStudyRequest { Samples = 24, Epochs = 1, BatchSizes = [4, 8], Repeats = 2, Iterations = 4, ParameterPatterns = ["2.bias"] },
        "trajectory" => TrajectoryExperimentTests.Tiny with { Epochs = [0, 1], Iterations = 4 },
        "nanogpt-trajectory" => new NanoGptTrajectoryRequest
        {
            Training = NanoGptTrajectoryExperimentTests.TinyTraining, Blocks = 3, Iterations = 6, Precision = ModelPrecision.Float64,
        },
        "block-spectra" => new BlockSpectraRequest
        {
            Training = NanoGptTrajectoryExperimentTests.TinyTraining, Blocks = 2, Iterations = 6, StartVectors = 2, Precision = ModelPrecision.Float64, GridPoints = 200,
        },
        _ => throw new ArgumentException($"No case for the kind '{kind}'.", nameof(kind)),
    };

    /// <summary>The handler of <paramref name="kind"/>; network handlers skip the test when shared/data is absent.</summary>
    public static IRunJobHandler Handler(string kind, string artifacts)
    {
        switch (kind)
        {
            case "lanczos": return new LanczosRunJobHandler();
            case "spectrum-comparison": return new SpectrumComparisonJobHandler();
            case "runtime-study": return new RuntimeStudyJobHandler();
            case "convergence-study": return new ConvergenceStudyJobHandler();
        }
        var store = new NetworkArtifactStore(new ArtifactStoreOptions { Directory = artifacts });
        var data = new DataOptions { Directory = SharedData.DataDirectory, AllowDownload = false };
        return kind switch
        {
            "train-mlp" => new TrainMlpJobHandler(store, Options.Create(data)),
            "train-nanogpt" => new TrainNanoGptJobHandler(store, Options.Create(data)),
            "network-spectrum" => new NetworkSpectrumJobHandler(store, Options.Create(data)),
            "exact-vs-lanczos" => new ExactVsLanczosJobHandler(data, store),
            "batch-size-study" => new BatchSizeStudyJobHandler(data, store),
            "trajectory" => new TrajectoryJobHandler(data, store),
            "nanogpt-trajectory" => new NanoGptTrajectoryJobHandler(data, store),
            "block-spectra" => new BlockSpectraJobHandler(data, store),
            _ => throw new ArgumentException($"No case for the kind '{kind}'.", nameof(kind)),
        };
    }
}
