using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Trajectory;

/// <summary>
/// Real trajectory results computed once per test run on shared/data (tests using them skip without it): the MLP's
/// quick request made smaller, and NanoGPT's quick request (thesis architecture) with fewer blocks and steps.
/// </summary>
internal static class TinyTrajectories
{
    private static readonly Lazy<string> Artifacts = new(() =>
    {
        string folder = Directory.CreateTempSubdirectory("hessian-web-trajectory-").FullName;
        // The results are shared by the whole test run, so their checkpoints go when the process does.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { } // best effort: a temporary folder
        };
        return folder;
    });
    private static readonly Lock Gate = new();
    private static TrajectoryResult? _mlp, _nanoGpt;

    /// <summary>MNIST (its test split standing in for training: no held-out loss), 300 samples, epochs 0/1/2, batch 100, m = 12.</summary>
    public static TrajectoryRequest MlpRequest => TrajectoryRequest.Quick() with { Samples = 300, HessianBatch = 100, Iterations = 12, Seed = 1 };

    /// <summary>NanoGPT's quick training (4 steps, checkpoints 0/2/4), 2 blocks, m = 6.</summary>
    public static NanoGptTrajectoryRequest NanoGptRequest => NanoGptTrajectoryRequest.Quick() with { Blocks = 2, Iterations = 6 };

    public static TrajectoryResult Mlp()
    {
        var data = Data();
        lock (Gate) return _mlp ??= TrajectoryExperiment.Run(MlpRequest, data, Store(), cancellationToken: TestContext.Current.CancellationToken);
    }

    public static TrajectoryResult NanoGpt()
    {
        var data = Data();
        lock (Gate) return _nanoGpt ??= NanoGptTrajectoryExperiment.Run(NanoGptRequest, data, Store(), cancellationToken: TestContext.Current.CancellationToken);
    }

    private static DataOptions Data() => new() { Directory = SharedData.DataDirectory, AllowDownload = false };

    private static NetworkArtifactStore Store() => new(new ArtifactStoreOptions { Directory = Artifacts.Value });
}
