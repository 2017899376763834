using Bunit;
using Bunit.TestDoubles;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Pages.Compare;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.Components.Compare;

/// <summary>The compare view's y min / y max fields on a real run: Apply → the chart and the link → a reload shows it again; bad input changes nothing.</summary>
public sealed class CompareYRangeTests : DashboardTestContext
{
    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private async Task<string> RunAsync()
    {
        await StartRunnerAsync();
        var source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, 30, 3));
        return (await WaitForRunAsync(Runner.Submit(new LanczosRunRequest { Source = source, Variant = Reorthogonalization.Full, Iterations = 20, StartSeed = 1 }).Id)).Id;
    }

    private IRenderedComponent<ComparePage> Open(string uri)
    {
        Navigation.NavigateTo(uri);
        return Render<ComparePage>();
    }

    private static void Type(IRenderedComponent<ComparePage> cut, string min, string max)
    {
        cut.Find("[data-testid=y-range] [data-testid=y-min]").Input(min);
        cut.Find("[data-testid=y-range] [data-testid=y-max]").Input(max);
        cut.Find("[data-testid=y-apply]").Click();
    }

    private static (double? Min, double? Max) ChartY(IRenderedComponent<ComparePage> cut)
    {
        var y = cut.FindComponent<ApexChart>().Instance.Options.Yaxis.ShouldNotBeNull();
        return (y.Min, y.Max);
    }

    private async Task AddressShouldBecomeAsync(string ending)
    {
        await Eventually.HoldsAsync(() => Navigation.Uri.EndsWith(ending, StringComparison.Ordinal));
        Navigation.Uri.ShouldEndWith(ending);
    }

    [Fact]
    public async Task Apply_ValidRange_FixesTheAxisGoesIntoTheLinkAndAReloadRestoresIt()
    {
        string id = await RunAsync();
        var cut = Open($"compare?runs={id}&tab=ladders");
        ChartY(cut).ShouldBe((null, null));

        Type(cut, "-0.5", "2.25");

        ChartY(cut).ShouldBe((-0.5, 2.25));
        await AddressShouldBecomeAsync($"compare?runs={id}&tab=ladders&ymin=-0.5&ymax=2.25");
        cut.Find("[data-testid=zoom-y]").TextContent.ShouldContain("[-0.5, 2.25]");

        await DisposeComponentsAsync(); // a reload of the link
        var reloaded = Render<ComparePage>();

        reloaded.Instance.State.Y.ShouldBe(new AxisRange(-0.5, 2.25));
        ChartY(reloaded).ShouldBe((-0.5, 2.25));
        reloaded.Find("[data-testid=y-range] [data-testid=y-min]").GetAttribute("value").ShouldBe("-0.5");
        reloaded.Find("[data-testid=y-range] [data-testid=y-max]").GetAttribute("value").ShouldBe("2.25");
        reloaded.FindAll("[data-testid=compare-message]").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("3", "1", "y min (3) must be less than y max (1).")]
    [InlineData("2", "2", "y min (2) must be less than y max (2).")]
    [InlineData("abc", "2", "y min: 'abc' is not a number")]
    [InlineData("0", "NaN", "y max must be a finite number, not 'NaN'.")]
    [InlineData("", "2", "Give both y min and y max")]
    public async Task Apply_InvalidRange_SaysWhyAndChangesNothing(string min, string max, string message)
    {
        string id = await RunAsync();
        string link = $"compare?runs={id}&tab=ladders&ymin=0&ymax=3";
        var cut = Open(link);
        string before = Navigation.Uri;

        Type(cut, min, max);

        cut.Find("[data-testid=y-range-error]").TextContent.ShouldContain(message);
        cut.Find("[data-testid=y-range-error]").TextContent.ShouldContain("Nothing was changed.");
        cut.Instance.State.Y.ShouldBe(new AxisRange(0, 3));
        ChartY(cut).ShouldBe((0, 3));
        Navigation.Uri.ShouldBe(before);
    }

    [Fact]
    public async Task Apply_OnTheLogDensities_TakesPositiveBoundsOnly()
    {
        string id = await RunAsync();
        var cut = Open($"compare?runs={id}&tab=densities&scale=log");
        cut.Find("[data-testid=y-range]").TextContent.ShouldContain("positive bounds only");

        Type(cut, "0", "1");

        cut.Find("[data-testid=y-range-error]").TextContent.ShouldContain("The log scale takes positive bounds only");
        cut.Instance.State.Y.ShouldBeNull();

        Type(cut, "1e-3", "2");

        cut.FindAll("[data-testid=y-range-error]").ShouldBeEmpty();
        cut.Instance.State.Y.ShouldBe(new AxisRange(1e-3, 2));
        var y = cut.FindComponent<ApexChart>().Instance.Options.Yaxis.ShouldNotBeNull();
        y.Logarithmic.ShouldBe(true);
        await AddressShouldBecomeAsync("&tab=densities&scale=log&ymin=0.001&ymax=2");
    }

    [Fact]
    public async Task Render_SpectraTab_HasNoYRangeControl()
    {
        string id = await RunAsync();

        var cut = Open($"compare?runs={id}");

        cut.FindAll("[data-testid=y-range]").ShouldBeEmpty("the strips' y axis holds the rows");
        cut.FindAll("[data-testid=compare-refresh]").ShouldHaveSingleItem("a finished run: Refresh, no live indicator");
        cut.FindAll("[data-testid=compare-live]").ShouldBeEmpty();
    }
}
