using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Tests.Data.TestSupport;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Blocks;

/// <summary>
/// A real block-spectra result, computed once per test class: a 2-layer NanoGPT (width 16) trained 2 steps on
/// TinyShakespeare, 6 blocks, m = 6 with 2 start vectors per block, float64 products.
/// </summary>
public sealed class TinyBlockSpectra : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-web-blocks-").FullName;
    private BlockSpectraResult? _result;

    public static NanoGptTrainingOptions Training
    {
        get
        {
            var defaults = new NanoGptTrainingOptions();
            return defaults with
            {
                Model = defaults.Model with { Layers = 2, Embedding = 16, Heads = 2, BlockSize = 8 },
                Iterations = 2, BatchSize = 4, EvalInterval = 2, EvalIterations = 2, ProgressInterval = 1,
                Schedule = defaults.Schedule with { WarmupIterations = 1, DecayIterations = 2 },
                CheckpointIterations = [0, 2], Seed = 5,
            };
        }
    }

    public static BlockSpectraRequest Request => new()
    {
        Training = Training, Blocks = 2, Iterations = 6, StartVectors = 2, Precision = ModelPrecision.Float64,
    };

    /// <summary>The result (computed on first use; skips the test without shared/data).</summary>
    public BlockSpectraResult Result
    {
        get
        {
            var data = new DataOptions { Directory = SharedData.DataDirectory, AllowDownload = false };
            lock (_root) return _result ??= BlockSpectraExperiment.Run(Request, data, new NetworkArtifactStore(new ArtifactStoreOptions { Directory = _root }));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
