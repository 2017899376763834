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

    [Theory]
    [InlineData(Reorthogonalization.Full, null)]
    [InlineData(Reorthogonalization.None, 25)]
    [InlineData(Reorthogonalization.Selective, 40)]
    public void Run_Weights_AreTheGaussRuleOfT(Reorthogonalization variant, int? m)
    {
        var result = LanczosRunExperiment.Run(Request(variant, m: m));

        // τ_i = s_{1,i}² with Σ τ_i = 1, and the rule reproduces e₁ᵀT_kʲe₁ exactly: α₁ for j = 1, α₁² + β₁² for j = 2.
        result.Weights.Length.ShouldBe(result.Ritz.Length);
        result.Weights.ShouldAllBe(t => t >= 0);
        result.Weights.Sum().ShouldBe(1.0, 1e-14);
        double scale = result.Ritz.Max(Math.Abs);
        double first = result.Weights.Zip(result.Ritz, (t, theta) => t * theta).Sum();
        double second = result.Weights.Zip(result.Ritz, (t, theta) => t * theta * theta).Sum();
        first.ShouldBe(result.Alpha[0], 1e-12 * scale);
        second.ShouldBe(result.Alpha[0] * result.Alpha[0] + result.Beta[0] * result.Beta[0], 1e-12 * scale * scale);
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
        foreach (var name in new[] { "n", "variant", "iterations", "ritz", "residuals", "weights", "truth", "l1", "l2", "convergedCount", "ghostCount", "orthogonalityLoss", "seconds", "operatorSeconds" })
            json.RootElement.TryGetProperty(name, out _).ShouldBeTrue($"missing '{name}'");
        json.RootElement.GetProperty("variant").GetString().ShouldBe("selective");
        json.RootElement.GetProperty("ritz").GetArrayLength().ShouldBe(30);
    }
}
