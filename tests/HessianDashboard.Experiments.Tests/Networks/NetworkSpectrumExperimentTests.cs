using HessianDashboard.Core.Metrics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Experiments.Tests.Networks;

public sealed class NetworkSpectrumExperimentTests
{
    private static DataOptions Data => new() { Directory = SharedData.DataDirectory, AllowDownload = false };

    // The output layer "2.*" of the 784-16-10 MLP: 16·10 + 10 = 170 parameters, small enough for an exact Hessian in a test.
    private static NetworkSpectrumRequest OutputLayer(int iterations) => new()
    {
        Model = ModelKind.Mlp,
        Seed = 3,
        Samples = 300,
        HessianBatch = 100,
        BatchSeed = 5,
        Iterations = iterations,
        Exact = true,
        ParameterPatterns = ["2.*"],
    };

    [Fact]
    public void Run_OutputLayerWithExactHessian_ConvergedCountEqualsAnIndependentRecount()
    {
        var result = NetworkSpectrumExperiment.Run(OutputLayer(40), Data, cancellationToken: TestContext.Current.CancellationToken);

        result.Dimension.ShouldBe(170);
        result.Manifest.Parameters.ShouldBe(["2.weight", "2.bias"]);
        result.Manifest.HessianBatchIndices!.Length.ShouldBe(100);
        result.Manifest.HessianBatchIndices.ShouldAllBe(i => i >= 0 && i < 300);
        var exact = result.ExactEigenvalues!;
        exact.Length.ShouldBe(170);
        var lanczos = result.Lanczos;
        lanczos.Iterations.ShouldBe(40);
        var recount = ConvergenceCount.Count(lanczos.Ritz, exact, 1e-5);
        lanczos.ConvergedCount.ShouldBe(recount.Converged);
        lanczos.ConvergedCount!.Value.ShouldBeInRange(1, 40);
        // Cauchy interlacing: every Ritz value lies in [λmin, λmax]; the largest has converged to λmax.
        double lowest = exact[0], highest = exact[^1];
        lanczos.Ritz.ShouldAllBe(t => t >= lowest - 1e-10 && t <= highest + 1e-10);
        lanczos.Ritz[^1].ShouldBe(exact[^1], 1e-8 * Math.Abs(exact[^1]));
        result.ExactAsymmetry!.Value.ShouldBeLessThan(1e-12);
    }

    [Fact]
    public void Run_FullDimensionOfTheBlock_RecoversTheWholeExactSpectrum()
    {
        var result = NetworkSpectrumExperiment.Run(OutputLayer(170) with { ParameterPatterns = ["2.bias"], Iterations = 10 }, Data,
            cancellationToken: TestContext.Current.CancellationToken);
        // The bias block of a softmax layer: H = mean of (diag p − p pᵀ), PSD with a zero eigenvalue along 1.
        var exact = result.ExactEigenvalues!;
        exact[0].ShouldBe(0, 1e-12);
        exact.ShouldAllBe(v => v >= -1e-12);
        SpectrumDistance.L1(result.Lanczos.Ritz, exact).ShouldBeLessThan(1e-10);
    }

    [Fact]
    public void Run_SameSeeds_SameHessianAndRitzValues_DifferentBatchSeed_DifferentHessian()
    {
        var request = OutputLayer(15) with { Exact = false, CheckFiniteDifference = true };
        var a = NetworkSpectrumExperiment.Run(request, Data, cancellationToken: TestContext.Current.CancellationToken);
        var b = NetworkSpectrumExperiment.Run(request, Data, cancellationToken: TestContext.Current.CancellationToken);
        var c = NetworkSpectrumExperiment.Run(request with { BatchSeed = 6 }, Data, cancellationToken: TestContext.Current.CancellationToken);
        b.Manifest.HessianFingerprint.ShouldBe(a.Manifest.HessianFingerprint);
        b.Lanczos.Ritz.ShouldBe(a.Lanczos.Ritz);
        a.FiniteDifferenceError!.Value.ShouldBeLessThan(1e-6); // autograd's products agree with central differences
        c.Manifest.HessianFingerprint.ShouldNotBe(a.Manifest.HessianFingerprint);
        c.Manifest.HessianBatchIndices.ShouldNotBe(a.Manifest.HessianBatchIndices);
    }

    [Fact]
    public void Run_FullBatchOfAllSamples_GradientNormAndLossAreFinite_AndTheManifestSaysFull()
    {
        var result = NetworkSpectrumExperiment.Run(OutputLayer(5) with { HessianBatch = null, Samples = 64, Exact = false }, Data,
            cancellationToken: TestContext.Current.CancellationToken);
        result.Manifest.HessianBatchSize.ShouldBe(64);
        result.Manifest.HessianBatchIndices.ShouldBe(Enumerable.Range(0, 64).ToArray());
        double.IsFinite(result.Loss).ShouldBeTrue();
        result.GradientNorm.ShouldBeGreaterThan(0);
        result.Manifest.DataNote.ShouldContain("test split");
    }

    [Fact]
    public void Run_NanoGptLayerNormBlock_RecordsBlockOffsetsAndConverges()
    {
        var request = new NetworkSpectrumRequest
        {
            Model = ModelKind.NanoGpt, HessianBatch = 2, BatchSeed = 1, Iterations = 128, Exact = true, ParameterPatterns = ["transformer.ln_f.weight"],
        };
        var result = NetworkSpectrumExperiment.Run(request, Data, cancellationToken: TestContext.Current.CancellationToken);
        result.Dimension.ShouldBe(128);
        result.Manifest.ParameterCount.ShouldBe(804_096);
        result.Manifest.HessianBlockOffsets!.Length.ShouldBe(2);
        result.Manifest.BlockLength.ShouldBe(64);
        // m = n with full reorthogonalisation: Lanczos returns the whole exact spectrum of the block.
        double scale = result.ExactEigenvalues!.Max(Math.Abs);
        SpectrumDistance.L1(result.Lanczos.Ritz, result.ExactEigenvalues).ShouldBeLessThan(1e-8 * scale * 128);
    }

    [Fact]
    public void Run_Cancelled_StopsAndKeepsTheCompletedSteps()
    {
        using var cancel = new CancellationTokenSource();
        var result = NetworkSpectrumExperiment.Run(OutputLayer(60) with { Exact = true }, Data,
            onStep: s => { if (s.K == 7) cancel.Cancel(); }, cancellationToken: cancel.Token);
        result.Lanczos.Status.ShouldBe(LanczosStatus.Cancelled);
        result.Lanczos.Iterations.ShouldBe(7);
        result.ExactEigenvalues.ShouldBeNull(); // the exact Hessian is not started after a cancel
    }

    [Theory]
    [InlineData(ModelKind.NanoGpt, "mnist", "tinyshakespeare")]
    [InlineData(ModelKind.Mlp, "tinyshakespeare", "image data set")]
    public void Run_ModelAndDataSetDoNotFit_IsRejectedWithAMessage(ModelKind model, string dataset, string expected)
    {
        var request = new NetworkSpectrumRequest { Model = model, Dataset = dataset, Iterations = 3 };
        Should.Throw<RequestValidationException>(() => NetworkSpectrumExperiment.Run(request, new DataOptions { AllowDownload = false })).Message.ShouldContain(expected);
    }

    [Fact]
    public void Validate_BadParameters_EachGetsAMessage()
    {
        var errors = new NetworkSpectrumRequest { Iterations = 0, HessianBatch = 0, Epsilon = -1, Checkpoint = "/nonexistent.safetensors", ExactRowFile = "x" }.Validate();
        errors.Count.ShouldBe(5);
        new NetworkSpectrumRequest().Validate().ShouldContain(e => e.Contains("model"));
    }
}
