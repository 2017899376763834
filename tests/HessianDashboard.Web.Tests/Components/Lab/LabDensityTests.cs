using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Tests.Components.Lab;

/// <summary>The lab's SLQ density: the Gauss rule of one run, smoothed again for any σ without rerunning Lanczos.</summary>
public sealed class LabDensityTests
{
    private static readonly SpectrumComparisonResult Comparison = SpectrumComparisonExperiment.Run(new SpectrumComparisonRequest
    {
        Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, 80, 4),
        Variants = [Reorthogonalization.Full, Reorthogonalization.None],
        StartSeed = 1,
        RecordLadders = false,
    });

    [Theory]
    [InlineData(Reorthogonalization.Full)]
    [InlineData(Reorthogonalization.None)]
    public void Estimate_Run_IsItsGaussRuleWithWeightsSummingToOne(Reorthogonalization variant)
    {
        var run = Comparison.Runs.Single(r => r.Variant == variant).Run;

        var rule = LabDensity.Estimate(run).Rules.ShouldHaveSingleItem();

        rule.Nodes.ShouldBe(run.Ritz);
        rule.Weights.ShouldBe(run.Weights);
        rule.Weights.Sum().ShouldBe(1.0, 1e-14);
        rule.Weights.ShouldAllBe(w => w >= 0);
    }

    [Fact]
    public void Smooth_EverySigmaOfTheSlider_IntegratesToOneForTheEstimateAndTheTruth()
    {
        var estimate = LabDensity.Estimate(Comparison.Runs[0].Run);
        var truth = LabDensity.Truth(Comparison.Truth).ShouldNotBeNull();
        var (min, max, initial) = LabDensity.SigmaRange(estimate);

        foreach (double sigma in new[] { min, initial, (min + max) / 2, max })
        {
            var (slq, exact) = LabDensity.Smooth(estimate, truth, sigma);
            slq.Sigma.ShouldBe(sigma);
            slq.Integral().ShouldBe(1.0, 1e-6, $"σ = {sigma}");
            exact.ShouldNotBeNull().Integral().ShouldBe(1.0, 1e-6, $"σ = {sigma}");
            exact.Grid.ShouldBe(slq.Grid);
        }
    }

    [Fact]
    public void Smooth_NewSigma_ReusesTheSameRule()
    {
        var estimate = LabDensity.Estimate(Comparison.Runs[0].Run);
        var nodes = estimate.Rules[0].Nodes;

        var (narrow, _) = LabDensity.Smooth(estimate, null, 0.2);
        var (wide, _) = LabDensity.Smooth(estimate, null, 2);

        estimate.Rules[0].Nodes.ShouldBeSameAs(nodes);
        wide.Density.Max().ShouldBeLessThan(narrow.Density.Max());
    }

    [Fact]
    public void Truth_NoEigenvalues_IsNull() => LabDensity.Truth([]).ShouldBeNull();
}
