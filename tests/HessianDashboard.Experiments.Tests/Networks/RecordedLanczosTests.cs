using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Experiments.Tests.Networks;

/// <summary>Lanczos runs reused from the artifact store through <see cref="NetworkSpectrumExperiment"/>.</summary>
public sealed class RecordedLanczosTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-lanczos-reuse-").FullName;

    private NetworkArtifactStore Store => new(new ArtifactStoreOptions { Directory = _root });

    private static DataOptions Data => new() { Directory = SharedData.DataDirectory, AllowDownload = false };

    // The MLP's output layer (170 parameters) over 50 of 100 samples: a product takes well under a millisecond.
    private static NetworkSpectrumRequest Request => new()
    {
        Model = ModelKind.Mlp, Seed = 1, Samples = 100, HessianBatch = 50, BatchSeed = 2, Iterations = 12, StartSeed = 4, ParameterPatterns = ["2.*"],
    };

    private NetworkSpectrumResult Run(NetworkSpectrumRequest request, List<LanczosStep>? steps = null, List<string>? stages = null,
        CancellationToken? cancellationToken = null) =>
        NetworkSpectrumExperiment.Run(request, Data, stages is null ? null : new Recorder(p => stages.Add(p.Stage)), steps is null ? null : steps.Add,
            cancellationToken ?? TestContext.Current.CancellationToken, Store);

    [Fact]
    public void Run_SameRequestTwice_SecondIsReusedBitIdenticalAndReplaysEveryStep()
    {
        List<LanczosStep> firstSteps = [], secondSteps = [];
        List<string> secondStages = [];
        var first = Run(Request, firstSteps);
        var second = Run(Request, secondSteps, secondStages);

        first.LanczosReused.ShouldBeFalse();
        second.LanczosReused.ShouldBeTrue();
        second.Manifest.HessianFingerprint.ShouldBe(first.Manifest.HessianFingerprint);
        Bits(second.Lanczos.Ritz).ShouldBe(Bits(first.Lanczos.Ritz));
        Bits(second.Lanczos.Weights).ShouldBe(Bits(first.Lanczos.Weights));
        Bits(second.Lanczos.Residuals).ShouldBe(Bits(first.Lanczos.Residuals));
        Bits(second.Lanczos.Alpha).ShouldBe(Bits(first.Lanczos.Alpha));
        Bits(second.Lanczos.Beta).ShouldBe(Bits(first.Lanczos.Beta));
        Bits([second.Loss, second.GradientNorm, second.LanczosSeconds]).ShouldBe(Bits([first.Loss, first.GradientNorm, first.LanczosSeconds]));
        secondSteps.Select(s => s.K).ShouldBe(Enumerable.Range(1, 12));
        for (int k = 0; k < 12; k++)
        {
            Bits(secondSteps[k].RitzValues).ShouldBe(Bits(firstSteps[k].RitzValues));
            Bits(secondSteps[k].ResidualBounds).ShouldBe(Bits(firstSteps[k].ResidualBounds));
        }
        secondStages.ShouldNotContain("graph"); // nothing needed a product: the gradient graph was never built
        secondStages.Count(s => s == "lanczos").ShouldBe(12);
    }

    [Fact]
    public void Run_WithoutAStore_HasTheSameFingerprintAsTheCheapIdentity()
    {
        var stored = Run(Request);
        var plain = NetworkSpectrumExperiment.Run(Request, Data, cancellationToken: TestContext.Current.CancellationToken);

        plain.LanczosReused.ShouldBeFalse();
        plain.Manifest.HessianFingerprint.ShouldBe(stored.Manifest.HessianFingerprint);
        Bits(plain.Lanczos.Ritz).ShouldBe(Bits(stored.Lanczos.Ritz));
    }

    public static TheoryData<string> Changes => ["iterations", "start seed", "variant", "batch seed", "batch size", "precision", "parameters", "checkpoint seed"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Run_ASettingThatChangesTheRun_IsNotReused(string change)
    {
        var changed = change switch
        {
            "iterations" => Request with { Iterations = 11 },
            "start seed" => Request with { StartSeed = 5 },
            "variant" => Request with { Variant = Reorthogonalization.None },
            "batch seed" => Request with { BatchSeed = 3 },
            "batch size" => Request with { HessianBatch = 49 },
            "precision" => Request with { Precision = ModelPrecision.Float32 },
            "parameters" => Request with { ParameterPatterns = ["2.weight"] },
            _ => Request with { Seed = 2 },
        };
        Run(Request).LanczosReused.ShouldBeFalse();

        var result = Run(changed);

        result.LanczosReused.ShouldBeFalse();
        Run(changed).LanczosReused.ShouldBeTrue(); // and is itself stored under its own key
    }

    [Fact]
    public void Run_OnlyHowProductsAreComputedChanges_IsReused()
    {
        Run(Request);

        Run(Request with { ChunkSize = 10, Epsilon = 1e-3 }).LanczosReused.ShouldBeTrue(); // same matrix, same Lanczos options
    }

    [Fact]
    public void Run_Cancelled_IsNotStoredAndTheNextRunComputesAndStoresIt()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var cancelled = NetworkSpectrumExperiment.Run(Request, Data, onStep: s => { if (s.K == 4) cancel.Cancel(); }, cancellationToken: cancel.Token, store: Store);
        cancelled.Lanczos.Status.ShouldBe(LanczosStatus.Cancelled);
        Directory.EnumerateFiles(_root, "lanczos.json", SearchOption.AllDirectories).ShouldBeEmpty();

        var next = Run(Request);

        next.LanczosReused.ShouldBeFalse();
        next.Lanczos.Status.ShouldBe(LanczosStatus.Completed);
        next.Lanczos.Iterations.ShouldBe(12);
        Run(Request).LanczosReused.ShouldBeTrue();
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{\"format\":\"lanczos-run/1\"}")]
    public void Run_StoredFileDamaged_IsRecomputedAndRewritten(string content)
    {
        var first = Run(Request);
        string file = Directory.EnumerateFiles(_root, "lanczos.json", SearchOption.AllDirectories).Single();
        File.WriteAllText(file, content);

        var again = Run(Request);

        again.LanczosReused.ShouldBeFalse();
        Bits(again.Lanczos.Ritz).ShouldBe(Bits(first.Lanczos.Ritz)); // recomputed: the same seeds give the same run
        Run(Request).LanczosReused.ShouldBeTrue();
    }

    [Fact]
    public void Run_ExactAndLanczosBothStored_BuildsNoGraph()
    {
        var request = Request with { Exact = true, ParameterPatterns = ["2.bias"], Iterations = 6 };
        var first = Run(request);
        List<string> stages = [];

        var second = Run(request, stages: stages);

        second.ExactReused.ShouldBeTrue();
        second.LanczosReused.ShouldBeTrue();
        stages.ShouldNotContain("graph");
        second.Lanczos.ConvergedCount.ShouldBe(first.Lanczos.ConvergedCount);
        second.ExactEigenvalues.ShouldBe(first.ExactEigenvalues);
    }

    private static long[] Bits(IEnumerable<double> values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];

    private sealed class Recorder(Action<ExperimentProgress> report) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => report(value);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
