using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Web.Components.Runs;

namespace HessianDashboard.Web.Tests.Components.Runs;

public sealed class RunsViewQueryTests
{
    private static readonly string[] Kinds = ["lanczos", "spectrum-comparison"];

    [Fact]
    public void Parse_WrittenView_RoundTripsEveryField()
    {
        var view = new RunsView
        {
            Kinds = ["spectrum-comparison", "lanczos"], States = [RunState.Failed, RunState.Interrupted], Tags = ["base line", "a&b=c"],
            From = new DateOnly(2026, 1, 11), To = new DateOnly(2026, 2, 1), Text = "ladder #2?",
            Parameters = [ParameterFilter.TryParse("n>=1000", out _)!, ParameterFilter.TryParse("variant=full", out _)!],
            Sort = RunSortField.Duration, Descending = false, Page = 3, PageSize = 100,
        };

        string uri = view.ToRelativeUri();
        var back = RunsViewQuery.Parse("http://localhost/" + uri, Kinds, out var messages);

        messages.ShouldBeEmpty();
        back.ToRelativeUri().ShouldBe(uri);
        back.Kinds.ShouldBe(view.Kinds);
        back.States.ShouldBe(view.States);
        back.Tags.ShouldBe(view.Tags);
        back.Parameters.ShouldBe(view.Parameters);
        (back.From, back.To, back.Text, back.Sort, back.Descending, back.Page, back.PageSize)
            .ShouldBe((view.From, view.To, view.Text, view.Sort, view.Descending, view.Page, view.PageSize));
    }

    [Fact]
    public void ToRelativeUri_DefaultView_IsThePlainAddress() => RunsView.Default.ToRelativeUri().ShouldBe("runs");

    [Theory]
    [InlineData("runs?state=7", "'7' is not a run state")]
    [InlineData("runs?kind=quantum", "'quantum' is not a kind of run here")]
    [InlineData("runs?page=0", "Pages are numbered from 1")]
    [InlineData("runs?page=1e3", "'1e3' is not a whole number")]
    [InlineData("runs?size=1000000", "1000000 rows per page are not offered")]
    [InlineData("runs?from=2026-02-30", "'2026-02-30' is not a day")]
    [InlineData("runs?from=2026-02-02&to=2026-02-01", "The date range ends")]
    [InlineData("runs?param=n%3E%3Dlots", "'n>=lots' does not parse")]
    [InlineData("runs?sort=1", "cannot be sorted by '1'")]
    public void Parse_Junk_IsIgnoredWithAMessageAndLeavesTheDefault(string uri, string message)
    {
        var view = RunsViewQuery.Parse(uri, Kinds, out var messages);

        messages.ShouldHaveSingleItem().ShouldContain(message);
        view.ToRelativeUri().ShouldBe("runs");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("runs?%%%&&&==?#?")]
    [InlineData("runs?q=%E0%A4%A")]
    [InlineData("?kind&state&tag&param&from&to&q&sort&dir&page&size")]
    public void Parse_Garbage_NeverThrows(string? uri) => Should.NotThrow(() => RunsViewQuery.Parse(uri, Kinds, out _));

    [Fact]
    public void Parse_TooManyValuesAndLongText_AreCut()
    {
        string tags = string.Join('&', Enumerable.Range(0, 30).Select(i => $"tag=t{i}"));

        var view = RunsViewQuery.Parse($"runs?{tags}&q={new string('x', 300)}", Kinds, out var messages);

        view.Tags.Count.ShouldBe(RunsViewQuery.MaxValues);
        view.Text!.Length.ShouldBe(RunsViewQuery.MaxTextLength);
        messages.Count.ShouldBe(2);
    }

    [Fact]
    public void ToQuery_Days_SpanFromTheFirstMidnightToTheMidnightAfterTheLastInTheZone()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("plus2", TimeSpan.FromHours(2), "plus2", "plus2");
        var view = RunsView.Default with { From = new DateOnly(2026, 1, 11), To = new DateOnly(2026, 1, 12) };

        var query = view.ToQuery(zone, owner: "ada");

        query.SubmittedFrom.ShouldBe(new DateTimeOffset(2026, 1, 10, 22, 0, 0, TimeSpan.Zero));
        query.SubmittedTo.ShouldBe(new DateTimeOffset(2026, 1, 12, 22, 0, 0, TimeSpan.Zero));
        query.Owner.ShouldBe("ada");
        query.Validate().ShouldBeEmpty();
    }
}
