using HessianDashboard.Web.Components.Report;

namespace HessianDashboard.Web.Tests.Components.Report;

/// <summary>The report's link: choices and short notes round-trip; long notes stay out; junk never throws.</summary>
public sealed class ReportQueryTests
{
    private static readonly ReportViewState Report = new()
    {
        Runs = ["3f2a9c01b7de", "a1b2c3d4e5f6"],
        Title = "Review 12 May: λmax & friends?",
        Charts = ReportCharts.Ladders | ReportCharts.Metrics,
        Layout = ReportLayout.PerRun,
        Notes = "## Befund\n- λmax ≈ 3.2 ✓ for run `a1b2`\n- see <https://example.org/?a=1&b=2>\n",
    };

    [Fact]
    public void Parse_FormattedReport_GivesTheSameReportBack()
    {
        string uri = ReportQuery.Uri(Report);

        var (state, messages) = ReportQuery.Parse("http://127.0.0.1:5000/" + uri);

        state.ShouldBe(Report);
        messages.ShouldBeEmpty();
        uri.ShouldStartWith("report?runs=3f2a9c01b7de,a1b2c3d4e5f6&title=Review%2012%20May%3A%20%CE%BBmax%20%26%20friends%3F&charts=ladders,metrics&layout=per-run&notes=");
    }

    [Fact]
    public void Format_NotesAtTheLimit_AreInTheLinkAndOneMoreCharacterIsNot()
    {
        var atLimit = Report with { Notes = new string('λ', ReportViewState.MaxNotesInLink) };
        var over = atLimit with { Notes = atLimit.Notes + "!" };

        ReportQuery.Parse(ReportQuery.Format(atLimit)).State.Notes.ShouldBe(atLimit.Notes);
        over.NotesInLink.ShouldBeFalse();
        ReportQuery.Format(over).ShouldNotContain("notes=");
        ReportQuery.Parse(ReportQuery.Format(over)).State.ShouldBe(over with { Notes = "" });
    }

    [Fact]
    public void Format_DefaultReport_IsThePlainAddress()
    {
        ReportQuery.Uri(new ReportViewState()).ShouldBe("report");
        ReportQuery.Parse("?charts=none").State.Charts.ShouldBe(ReportCharts.None);
        ReportQuery.Format(new ReportViewState { Charts = ReportCharts.None }).ShouldBe("charts=none");
    }

    [Fact]
    public void Parse_Junk_KeepsWhatIsUsableAndNamesTheRest()
    {
        var (state, messages) = ReportQuery.Parse(
            "runs=ok1,../etc&title=" + new string('t', 300) + "&charts=spectra,pies,METRICS&layout=diagonal&notes=!!not-base64!!");

        state.Runs.ShouldBe(["ok1"]);
        state.Title.Length.ShouldBe(ReportViewState.MaxTitleLength);
        state.Charts.ShouldBe(ReportCharts.Spectra | ReportCharts.Metrics);
        state.Layout.ShouldBe(ReportLayout.Overlaid);
        state.Notes.ShouldBe("");
        messages.Count.ShouldBe(5);
        messages.ShouldContain(m => m.Contains("notes in the link could not be read", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("notes=_w")] // one byte 0xFF: not UTF-8
    [InlineData("notes=%")]
    [InlineData("title=%0A%0D%09")]
    [InlineData("&&&")]
    public void Parse_Garbage_NeverThrows(string query)
    {
        var (state, _) = ReportQuery.Parse(query);

        state.Notes.ShouldBe("");
        state.Title.ShouldNotContain('\n');
    }
}
