using System.Text.Json;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Tests.Lanczos;

public class LanczosRunExperimentTests
{
    private static LanczosRunRequest Request(Reorthogonalization variant, int n = 60, int? m = null) => new()
    {
        Source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, n, 3)),
        Variant = variant,
        Iterations = m,
        StartSeed = 4,
    };

    [Fact]
    public void Run_FullAtMEqualsN_MatchesTruthExactly()
    {
        var result = LanczosRunExperiment.Run(Request(Reorthogonalization.Full));

        result.Status.ShouldBe(LanczosStatus.Completed);
        result.Truth.ShouldNotBeNull().Length.ShouldBe(60);
        double scale = result.Truth.Max(Math.Abs);
        result.L1!.Value.ShouldBeLessThan(1e-9 * scale * 60);
        result.L2!.Value.ShouldBeLessThan(1e-9 * scale * 60);
        result.ConvergedCount.ShouldBe(60);
        result.GhostCount.ShouldBe(0);
        result.Ritz.ShouldBe(result.Ritz.Order().ToArray());
        result.OrthogonalityLoss.Length.ShouldBe(60);
    }

    [Fact]
    public void Run_FewerIterations_HasNoDistancesButCountsConverged()
    {
        var result = LanczosRunExperiment.Run(Request(Reorthogonalization.Full, m: 20));
        result.L1.ShouldBeNull();
        result.Ritz.Length.ShouldBe(20);
        result.ConvergedCount!.Value.ShouldBeInRange(1, 20);
    }

    [Fact]
    public void Validate_IterationsAboveN_IsRejectedWithMessage()
    {
        var errors = Request(Reorthogonalization.Full, n: 30, m: 31).Validate();
        errors.ShouldContain(e => e.Contains("cannot exceed n = 30"));
        Should.Throw<RequestValidationException>(() => LanczosRunExperiment.Run(Request(Reorthogonalization.Full, n: 30, m: 31)));
    }

    [Fact]
    public void Validate_BothSourcesGiven_IsRejected()
    {
        var request = Request(Reorthogonalization.Full) with
        {
            Source = new MatrixSource { Synthetic = new SyntheticSpectrumOptions(SpectrumKind.Gaussian, 5, 0), MatrixMarketPath = "a.mtx" },
        };
        request.Validate().ShouldContain(e => e.Contains("not both"));
    }

    [Fact]
    public void Serialize_Result_HasTheDocumentedFieldNames()
    {
        var result = LanczosRunExperiment.Run(Request(Reorthogonalization.Selective, n: 30));
        using var json = JsonDocument.Parse(ExperimentJson.Serialize(result));
        foreach (var name in new[] { "n", "variant", "iterations", "ritz", "residuals", "truth", "l1", "l2", "convergedCount", "ghostCount", "orthogonalityLoss", "seconds", "operatorSeconds" })
            json.RootElement.TryGetProperty(name, out _).ShouldBeTrue($"missing '{name}'");
        json.RootElement.GetProperty("variant").GetString().ShouldBe("selective");
        json.RootElement.GetProperty("ritz").GetArrayLength().ShouldBe(30);
    }
}
