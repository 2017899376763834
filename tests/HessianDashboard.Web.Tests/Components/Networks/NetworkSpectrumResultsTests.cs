using System.Globalization;
using Bunit;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Tests.Components.Chapter4.Blocks;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Networks;

/// <summary>A network spectrum's results offer the run's SLQ density with σ control (the lab's card on the run's Gauss rule).</summary>
public sealed class NetworkSpectrumResultsTests(TinyBlockSpectra tiny) : DashboardTestContext, IClassFixture<TinyBlockSpectra>
{
    [Fact]
    public async Task Render_NanoGptBlockRun_OffersItsSlqDensityThatIntegratesToOneForEverySigma()
    {
        var spectrum = tiny.Result.Blocks[1].Runs[0]; // a real network spectrum: h0.attn of the tiny NanoGPT

        var cut = Render<NetworkSpectrumResults>(p => p.Add(c => c.Result, spectrum));

        var card = cut.FindComponent<SlqDensityCard>();
        card.Instance.Run.ShouldBeSameAs(spectrum.Lanczos);
        var rule = card.Instance.Estimate.ShouldNotBeNull().Rules.ShouldHaveSingleItem();
        (rule.Nodes, rule.Weights).ShouldBe((spectrum.Lanczos.Ritz, spectrum.Lanczos.Weights));
        foreach (double factor in new[] { 0.2, 1, 10 })
        {
            double sigma = card.Instance.Sigma * factor;
            await card.InvokeAsync(() => card.Instance.SetSigma(sigma));
            double.Parse(card.Find("[data-testid=slq-density]").GetAttribute("data-integral")!, CultureInfo.InvariantCulture).ShouldBe(1, 1e-6);
        }
    }
}
