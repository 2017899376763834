using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Compare;

namespace HessianDashboard.Web.Tests.Components.Compare;

/// <summary>The compare view's link: every part of the view survives the round trip, and junk never throws.</summary>
public sealed class CompareQueryTests
{
    private static readonly CompareViewState Everything = new()
    {
        Runs = ["3f2a9c01b7de", "a1b2c3d4e5f6", "imported_run-7.v2"],
        Tab = CompareTab.Densities,
        Sigma = 0.012345678901234567,
        LogY = true,
        Hidden = [new SpectrumKey("3f2a9c01b7de", 1), new SpectrumKey("a1b2c3d4e5f6", 0), new SpectrumKey("imported_run-7.v2", 2)],
        X = new AxisRange(-0.1, 2.0000000000000004),
        Y = new AxisRange(1e-9, 3.5),
    };

    [Fact]
    public void Parse_FormattedState_GivesTheSameStateBack()
    {
        string uri = CompareQuery.Uri(Everything);

        var (state, messages) = CompareQuery.Parse("http://127.0.0.1:5000/" + uri);

        state.ShouldBe(Everything);
        messages.ShouldBeEmpty();
        uri.ShouldStartWith("compare?runs=3f2a9c01b7de,a1b2c3d4e5f6,imported_run-7.v2&tab=densities&sigma=0.012345678901234567&scale=log");
    }

    [Theory]
    [InlineData(CompareTab.Spectra)]
    [InlineData(CompareTab.Ladders)]
    [InlineData(CompareTab.Metrics)]
    public void Parse_EachTab_RoundTrips(CompareTab tab)
    {
        var view = Everything with { Tab = tab, Sigma = null, LogY = false, Y = null };

        CompareQuery.Parse(CompareQuery.Format(view)).State.ShouldBe(view);
    }

    [Fact]
    public void Format_DefaultView_IsThePlainAddress()
    {
        CompareQuery.Uri(new CompareViewState()).ShouldBe("compare");
        CompareQuery.Parse("").State.ShouldBe(new CompareViewState());
    }

    [Fact]
    public void Parse_Junk_KeepsWhatIsUsableAndNamesTheRest()
    {
        var (state, messages) = CompareQuery.Parse(
            "?runs=aaa,,bbb,<script>,aaa,%00&tab=pie&sigma=abc&scale=sideways&hide=bbb.1,zzz.0,aaa.x,bbb.99999,bbb.1&xmin=5&xmax=1&ymin=NaN&ymax=2");

        state.Runs.ShouldBe(["aaa", "bbb"]);
        state.Tab.ShouldBe(CompareTab.Spectra);
        state.Sigma.ShouldBeNull();
        state.LogY.ShouldBeFalse();
        state.Hidden.ShouldBe([new SpectrumKey("bbb", 1)], "zzz is not shown, aaa.x and bbb.99999 are not keys, bbb.1 once");
        state.X.ShouldBeNull("xmin > xmax");
        state.Y.ShouldBeNull("NaN is not a number here");
        messages.ShouldContain("2 entries of the run list are not run ids and were ignored.");
        messages.ShouldContain(m => m.Contains("no 'pie' chart", StringComparison.Ordinal));
        messages.ShouldContain("'abc' is not a number; sigma was ignored.");
        messages.ShouldContain(m => m.Contains("neither log nor linear", StringComparison.Ordinal));
        messages.ShouldContain(m => m.StartsWith("The zoom xmin/xmax", StringComparison.Ordinal));
        messages.ShouldContain("'NaN' is not a number; ymin was ignored.");
    }

    [Theory]
    [InlineData(CompareTab.Ladders, false, -2.5, 7.25)]
    [InlineData(CompareTab.Densities, false, -0.001, 0.5)]
    [InlineData(CompareTab.Densities, true, 1e-12, 0.5)]
    public void Parse_YRange_RoundTripsWhereItMeansSomething(CompareTab tab, bool logY, double min, double max)
    {
        var view = Everything with { Tab = tab, LogY = logY, Y = new AxisRange(min, max) };

        var (state, messages) = CompareQuery.Parse(CompareQuery.Uri(view));

        state.ShouldBe(view);
        messages.ShouldBeEmpty();
        CompareQuery.Format(view).ShouldEndWith($"&ymin={QueryValues.Format(min)}&ymax={QueryValues.Format(max)}");
    }

    [Theory]
    [InlineData("tab=ladders&ymin=abc&ymax=2", "'abc' is not a number; ymin was ignored.")]
    [InlineData("tab=ladders&ymin=1&ymax=Infinity", "'Infinity' is not a number; ymax was ignored.")]
    [InlineData("tab=ladders&ymin=3&ymax=1", "The zoom ymin/ymax needs both ends with ymin < ymax; it was ignored.")]
    [InlineData("tab=ladders&ymax=1", "The zoom ymin/ymax needs both ends with ymin < ymax; it was ignored.")]
    [InlineData("tab=densities&scale=log&ymin=0&ymax=1", "The log scale takes positive bounds only (ymin must be > 0); ymin/ymax were ignored.")]
    [InlineData("tab=densities&scale=log&ymin=-1e-3&ymax=1", "The log scale takes positive bounds only (ymin must be > 0); ymin/ymax were ignored.")]
    [InlineData("ymin=0&ymax=1", "The spectra tab has no y range to fix; ymin/ymax were ignored.")]
    [InlineData("tab=metrics&ymin=0&ymax=1", "The metrics tab has no y range to fix; ymin/ymax were ignored.")]
    public void Parse_UnusableYRange_IsIgnoredAndNamed(string query, string message)
    {
        var (state, messages) = CompareQuery.Parse("?runs=aaa&" + query);

        state.Y.ShouldBeNull();
        state.Runs.ShouldBe(["aaa"], "the rest of the link still counts");
        messages.ShouldContain(message);
    }

    [Fact]
    public void Parse_YRangeOnLinearDensities_MayBeNegative()
    {
        var (state, messages) = CompareQuery.Parse("?runs=aaa&tab=densities&ymin=-1&ymax=1");

        state.Y.ShouldBe(new AxisRange(-1, 1));
        messages.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_FiveHundredIds_KeepsTheFirstTwelveAndSaysSo()
    {
        var ids = Enumerable.Range(0, 500).Select(i => $"run{i:000}").ToList();

        var (state, messages) = CompareQuery.Parse("runs=" + string.Join(',', ids));

        state.Runs.ShouldBe(ids.Take(RunIds.Max));
        messages.ShouldHaveSingleItem().ShouldBe("The link names 500 runs; the first 12 are shown (at most 12 can be compared at once).");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("?")]
    [InlineData("&&&=&==")]
    [InlineData("%%%zz%")]
    [InlineData("runs=%E0%A4%A&tab=%FF")]
    [InlineData("sigma=-1&xmin=1e400&xmax=2")]
    [InlineData("http://host/compare#runs=a")]
    public void Parse_Garbage_NeverThrows(string? query)
    {
        var (state, _) = CompareQuery.Parse(query);

        state.Sigma.ShouldBeNull();
        state.X.ShouldBeNull();
        state.Runs.ShouldAllBe(id => RunIds.IsWellFormed(id));
    }

    [Fact]
    public void Parse_LongGarbage_IsShortenedInTheMessage()
    {
        var (_, messages) = CompareQuery.Parse("tab=" + new string('x', 5000));

        messages.ShouldHaveSingleItem().Length.ShouldBeLessThan(200);
    }

    [Fact]
    public void WithTab_AnotherTab_DropsTheZoomOfTheOldChart()
    {
        var moved = Everything.WithTab(CompareTab.Ladders);

        (moved.X, moved.Y).ShouldBe((null, null));
        Everything.WithTab(CompareTab.Densities).ShouldBeSameAs(Everything);
    }

    [Fact]
    public void Toggle_HideThenShow_KeepsTheKeysSortedAndUnique()
    {
        var key = new SpectrumKey("a1b2c3d4e5f6", 3);

        var hidden = Everything.Toggle(key, show: false).Toggle(key, show: false);

        hidden.Hidden.ShouldBe([new("3f2a9c01b7de", 1), new("a1b2c3d4e5f6", 0), key, new("imported_run-7.v2", 2)]);
        hidden.Toggle(key, show: true).ShouldBe(Everything);
    }
}
