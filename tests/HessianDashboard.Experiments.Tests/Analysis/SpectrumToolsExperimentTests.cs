using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Analysis;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Tests.Analysis;

public class SpectrumToolsExperimentTests
{
    private static MatrixSource Custom(int n) => MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, n, 4));

    [Fact]
    public void TopEigenvalues_CustomSpectrum_DominantOutlierMatchesTruth()
    {
        var result = SpectrumToolsExperiment.TopEigenvalues(new TopEigenvaluesRequest { Source = Custom(80), Count = 1 });
        result.Converged[0].ShouldBeTrue();
        result.Values[0].ShouldBe(result.Truth![0], 1e-7 * Math.Abs(result.Truth[0]));
    }

    [Fact]
    public void Trace_HutchPlusPlusWithBudgetAboveThreeN_IsExact()
    {
        var result = SpectrumToolsExperiment.Trace(new TraceRequest { Source = Custom(30), Method = TraceMethod.HutchPlusPlus, Budget = 93 });
        result.Estimate.ShouldBe(result.TrueTrace!.Value, 1e-8 * 44 * 30);
    }

    [Fact]
    public void Density_SeveralStartVectors_IntegratesToOneWithOneRuleEach()
    {
        var result = SpectrumToolsExperiment.Density(new DensityRequest { Source = Custom(100), StartVectors = 4, Iterations = 40, GridPoints = 4000 });
        result.Rules.Length.ShouldBe(4);
        double integral = 0;
        for (int g = 1; g < result.Grid.Length; g++) integral += 0.5 * (result.Density[g] + result.Density[g - 1]) * (result.Grid[g] - result.Grid[g - 1]);
        integral.ShouldBe(1.0, 1e-3);
    }

    [Fact]
    public void Density_IterationsAboveN_IsRejected()
    {
        Should.Throw<RequestValidationException>(() => SpectrumToolsExperiment.Density(new DensityRequest { Source = Custom(20), Iterations = 21 }))
            .Message.ShouldContain("cannot exceed n = 20");
    }
}
