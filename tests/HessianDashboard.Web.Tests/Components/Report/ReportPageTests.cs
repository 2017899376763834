using System.Buffers.Text;
using System.Text;
using Bunit;
using Bunit.TestDoubles;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Pages.Report;
using HessianDashboard.Web.Components.Report;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.Components.Report;

/// <summary>/report: notes rendered as markdown with HTML escaped, the live preview, the link, and the chosen charts of real runs.</summary>
public sealed class ReportPageTests : DashboardTestContext
{
    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private IRenderedComponent<ReportPage> Open(string uri)
    {
        Navigation.NavigateTo(uri);
        return Render<ReportPage>();
    }

    private static string Encode(string notes) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(notes));

    private async Task AddressShouldAsync(Func<string, bool> condition)
    {
        await Eventually.HoldsAsync(() => condition(Navigation.Uri));
        condition(Navigation.Uri).ShouldBeTrue(Navigation.Uri);
    }

    [Fact]
    public void Render_NotesFromTheLink_HeadingAndListRenderedScriptEscaped()
    {
        var cut = Open("report?notes=" + Encode("## Findings\n\n- λmax grows\n- ghosts in None\n\n<script>alert('x')</script>\n"));

        var notes = cut.Find("[data-testid=report-notes]");
        notes.QuerySelector("h2")!.TextContent.ShouldBe("Findings");
        notes.QuerySelectorAll("li").Select(li => li.TextContent).ShouldBe(["λmax grows", "ghosts in None"]);
        notes.QuerySelectorAll("script").ShouldBeEmpty();
        notes.TextContent.ShouldContain("<script>alert('x')</script>", customMessage: "shown as text");
        cut.Find("[data-testid=report-kept]").GetAttribute("data-notes-in-link").ShouldBe("true");
    }

    [Fact]
    public async Task Input_Notes_UpdatePreviewAndLink()
    {
        var cut = Open("report");

        cut.Find("textarea[data-testid=report-notes-input]").Input("# Meeting\n\n1. compare *Full* and None");

        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=report-notes] h1").TextContent.ShouldBe("Meeting");
            cut.Find("[data-testid=report-notes] ol li em").TextContent.ShouldBe("Full");
        }, TimeSpan.FromSeconds(10));
        await AddressShouldAsync(uri => uri.EndsWith("/report?notes=" + Encode("# Meeting\n\n1. compare *Full* and None"), StringComparison.Ordinal));
        cut.Find("[data-testid=report-link]").TextContent.ShouldContain(Navigation.Uri, customMessage: "the permalink is printed as text");
    }

    [Fact]
    public void Input_LongNotes_StayInThePageAndTheLinkSaysSo()
    {
        var cut = Open("report?title=Long");
        string notes = "- " + new string('x', ReportViewState.MaxNotesInLink);

        cut.Find("textarea[data-testid=report-notes-input]").Input(notes);

        cut.WaitForAssertion(() => cut.Find("[data-testid=report-kept]").GetAttribute("data-notes-in-link").ShouldBe("false"), TimeSpan.FromSeconds(10));
        cut.Find("[data-testid=report-kept]").TextContent.ShouldContain("live only in this page");
        cut.Instance.State.Notes.ShouldBe(notes);
        ReportQuery.Uri(cut.Instance.State).ShouldBe("report?title=Long", "the notes are too long for the link");
        cut.Find("[data-testid=report-link]").TextContent.ShouldEndWith("/report?title=Long");
    }

    [Fact]
    public async Task Render_TwoRunsOverlaidThenPerRun_ChosenChartsOfTheRealResults()
    {
        await StartRunnerAsync();
        var source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, 24, 5));
        var a = await WaitForRunAsync(Runner.Submit(new LanczosRunRequest { Source = source, Variant = Reorthogonalization.Full, Iterations = 12 }).Id);
        var b = await WaitForRunAsync(Runner.Submit(new LanczosRunRequest { Source = source, Variant = Reorthogonalization.Double, Iterations = 12 }).Id);

        var cut = Open($"report?runs={a.Id},{b.Id}&title=Two%20runs&charts=spectra,ladders,metrics");

        cut.Find("[data-testid=report-title]").TextContent.ShouldBe("Two runs");
        cut.FindAll("[data-testid=report-chart]").Select(c => (c.GetAttribute("data-tab"), c.GetAttribute("data-series-count")))
            .ShouldBe([("spectra", "2"), ("ladders", "2")]);
        var charts = cut.FindComponents<ApexChart>();
        charts[0].Instance.CurrentSeries.Select(s => s.Data.Select(p => p.X)).ShouldBe(
            [a.Result.ShouldBeOfType<LanczosRunResult>().Ritz, b.Result.ShouldBeOfType<LanczosRunResult>().Ritz]);
        charts[1].Instance.CurrentSeries.ShouldAllBe(s => s.Data.Count == 12 * 13 / 2);
        cut.FindAll("[data-testid=metrics-spectrum]").Select(c => c.TextContent).ShouldBe(["Full", "Double"]);
        cut.FindAll("[data-testid=report-section]").Count.ShouldBe(3);

        cut.Find("[data-testid=report-layout-per-run]").Click();

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=report-section]").Count.ShouldBe(2), TimeSpan.FromSeconds(10));
        cut.FindAll("[data-testid=report-chart]").Select(c => c.GetAttribute("data-series-count")).ShouldBe(["1", "1", "1", "1"]);
        await AddressShouldAsync(uri => uri.EndsWith("&layout=per-run", StringComparison.Ordinal));
    }
}
