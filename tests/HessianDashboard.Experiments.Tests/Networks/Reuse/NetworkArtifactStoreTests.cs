using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Tests.Data.TestSupport;
using HessianDashboard.Torch.Training;
using CoreLanczos = HessianDashboard.Core.Spectrum.Lanczos;

namespace HessianDashboard.Experiments.Tests.Networks.Reuse;

public sealed class NetworkArtifactStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-artifacts-").FullName;

    private NetworkArtifactStore Store => new(new ArtifactStoreOptions { Directory = _root });

    private static DataOptions Data => new() { Directory = SharedData.DataDirectory, AllowDownload = false };

    [Fact]
    public void Run_SameHessianTwice_SecondRunReusesTheExactSpectrum()
    {
        var request = new NetworkSpectrumRequest
        {
            Model = ModelKind.Mlp, Samples = 100, HessianBatch = 50, Iterations = 8, Exact = true, ParameterPatterns = ["2.bias"],
        };
        var ct = TestContext.Current.CancellationToken;
        var first = NetworkSpectrumExperiment.Run(request, Data, cancellationToken: ct, store: Store);
        var second = NetworkSpectrumExperiment.Run(request, Data, cancellationToken: ct, store: Store);
        var otherBatch = NetworkSpectrumExperiment.Run(request with { BatchSeed = 9 }, Data, cancellationToken: ct, store: Store);

        first.ExactReused.ShouldBeFalse();
        second.ExactReused.ShouldBeTrue();
        second.ExactSeconds.ShouldBeNull();
        second.ExactEigenvalues.ShouldBe(first.ExactEigenvalues);
        second.Lanczos.ConvergedCount.ShouldBe(first.Lanczos.ConvergedCount);
        otherBatch.ExactReused.ShouldBeFalse(); // another Hessian batch is another Hessian
    }

    [Fact]
    public void TrainMlp_SameRequestTwice_SecondIsReusedWithTheSameCheckpoints()
    {
        var request = new TrainMlpRequest
        {
            Samples = 128, EpochsExplicit = true, Options = new MlpTrainingOptions { Epochs = 1, Seed = 2, CheckpointEpochs = [0, 1] },
        };
        var ct = TestContext.Current.CancellationToken;
        var first = Store.TrainMlp(request, Data, null, ct);
        var second = Store.TrainMlp(request, Data, null, ct);
        var otherSeed = Store.TrainMlp(request with { Options = request.Options with { Seed = 3 } }, Data, null, ct);

        first.WasReused.ShouldBeFalse();
        second.WasReused.ShouldBeTrue();
        second.Key.ShouldBe(first.Key);
        second.Value.Checkpoints.Select(c => c.Path).ShouldBe(first.Value.Checkpoints.Select(c => c.Path));
        second.Value.Checkpoints.ShouldAllBe(c => File.Exists(c.Path) && c.Path.StartsWith(_root));
        otherSeed.WasReused.ShouldBeFalse();
        otherSeed.Key.ShouldNotBe(first.Key);
    }

    [Fact]
    public void FindExactEigenvalues_DamagedEntry_IsTreatedAsMissing()
    {
        var store = Store;
        store.SaveExactEigenvalues("abc", [1.0, 2.0]);
        store.FindExactEigenvalues("abc").ShouldBe([1.0, 2.0]);
        File.WriteAllText(Path.Combine(_root, "exact", "abc", "eigenvalues.json"), "{ not json");
        store.FindExactEigenvalues("abc").ShouldBeNull();
    }

    [Fact]
    public void FindLanczos_SavedRun_RoundTripsBitForBit_AndAFileOfAnotherRunAtItsKeyIsIgnored()
    {
        var store = Store;
        var options = new LanczosOptions { Iterations = 5, Seed = 1 };
        var steps = new List<LanczosStep>();
        var result = CoreLanczos.Run(new DiagonalOperator([1.0, 2, 3, 4, 5, 6, 7, 8]), options, steps.Add);
        var run = new StoredLanczosRun { Fingerprint = "AAA", Options = options, Loss = 0.5, GradientNorm = 2, Result = result, Steps = steps };

        store.SaveLanczos(run).ShouldBeTrue();
        var found = store.FindLanczos("AAA", options).ShouldNotBeNull();
        found.Result.RitzValues.Select(BitConverter.DoubleToInt64Bits).ShouldBe(result.RitzValues.Select(BitConverter.DoubleToInt64Bits));
        found.Result.FirstComponents.ShouldBe(result.FirstComponents);
        found.Steps.Select(s => s.RitzValues.Length).ShouldBe([1, 2, 3, 4, 5]);
        store.FindLanczos("AAA", options with { Seed = 2 }).ShouldBeNull();
        store.FindLanczos("BBB", options).ShouldBeNull();

        // The file of run AAA copied to where run BBB would be: its fingerprint does not match, so it is not BBB's run.
        string source = Path.Combine(_root, "lanczos", NetworkArtifactStore.LanczosKey("AAA", options), "lanczos.json");
        string target = Path.Combine(_root, "lanczos", NetworkArtifactStore.LanczosKey("BBB", options), "lanczos.json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target);
        store.FindLanczos("BBB", options).ShouldBeNull();
    }

    [Fact]
    public void SaveLanczos_CancelledRun_IsNotStored()
    {
        using var cancel = new CancellationTokenSource();
        var options = new LanczosOptions { Iterations = 6 };
        var result = CoreLanczos.Run(new DiagonalOperator([1.0, 2, 3, 4, 5, 6, 7, 8]), options, s => { if (s.K == 2) cancel.Cancel(); }, cancel.Token);
        result.Status.ShouldBe(LanczosStatus.Cancelled);

        Store.SaveLanczos(new StoredLanczosRun { Fingerprint = "AAA", Options = options, Loss = 0, GradientNorm = 0, Result = result, Steps = [] }).ShouldBeFalse();
        Store.FindLanczos("AAA", options).ShouldBeNull();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
