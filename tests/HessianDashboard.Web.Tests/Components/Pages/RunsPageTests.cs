using AngleSharp.Dom;
using Bunit;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Web.Components.Pages;
using HessianDashboard.Web.Components.Runs;
using HessianDashboard.Web.Tests.Components.Runs;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.Components.Pages;

/// <summary>
/// The Runs page over a real SQLite run store seeded with real runs (<see cref="RunSeeds"/>): paging, sorting and every
/// filter in the database with exactly the expected ids, the view in the URL, selection across pages.
/// </summary>
public sealed class RunsPageTests : RunHistoryContext, IAsyncLifetime
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    public async ValueTask InitializeAsync()
    {
        await RunSeeds.SeedAsync(Save, Retell);
        await StartAsync();
        RenderProviders();
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<RunsPage> Open(string uri)
    {
        Navigation.NavigateTo(uri);
        return Render<RunsPage>();
    }

    private static IReadOnlyList<string?> Ids(IRenderedComponent<RunsPage> page) =>
        [.. page.FindAll("td[data-run-id]").Select(td => td.GetAttribute("data-run-id"))];

    private static void WaitForIds(IRenderedComponent<RunsPage> page, IReadOnlyList<string> expected) =>
        page.WaitForAssertion(() => Ids(page).ShouldBe(expected), Cap);

    private static IElement Row(IRenderedComponent<RunsPage> page, string id) => page.Find($"td[data-run-id='{id}']").ParentElement!;

    /// <summary>The input of a MudBlazor field marked <paramref name="testId"/> (the mark lands on the input or on its wrapper).</summary>
    private static IElement Input(IParentNode scope, string testId) =>
        scope.QuerySelector($"input[data-testid={testId}]") ?? scope.QuerySelector($"[data-testid={testId}] input")
        ?? throw new InvalidOperationException($"No input marked {testId}.");

    [Fact]
    public void Paging_TenPerPage_ShowsTheNewestTenOfTwentyFiveThenTheNextTenAndPutsThePageInTheUrl()
    {
        var page = Open("runs?size=10");

        WaitForIds(page, [.. RunSeeds.NewestFirst.Take(10)]);
        page.FindAll(".mud-table-pagination-caption").Select(c => c.TextContent).ShouldContain(c => c.Contains("1-10 of 25", StringComparison.Ordinal));

        page.Find("button[aria-label='Next page']").Click();

        WaitForIds(page, [.. RunSeeds.NewestFirst.Skip(10).Take(10)]);
        page.WaitForAssertion(() => Navigation.Uri.ShouldEndWith("runs?page=2&size=10"), Cap);
    }

    [Fact]
    public void Paging_LastPageFromTheUrl_ShowsTheRemainingFive()
    {
        var page = Open("runs?size=10&page=3");

        WaitForIds(page, [.. RunSeeds.NewestFirst.Skip(20)]);
    }

    [Fact]
    public void Sort_DurationDescending_PutsTheInterruptedRunFirstThenTheLongestFillers() =>
        // a5 was interrupted when the store opened, months after it started: the longest.
        WaitForIds(Open("runs?sort=duration&size=10"), [RunSeeds.A5, .. Enumerable.Range(11, 9).Reverse().Select(RunSeeds.Filler)]);

    [Fact]
    public void Sort_DurationAscending_PutsTheShortestFirst()
    {
        var ascending = Open("runs?sort=duration&dir=asc&size=10");
        WaitForIds(ascending, [RunSeeds.A3, RunSeeds.A4, RunSeeds.A1, RunSeeds.A2, .. Enumerable.Range(0, 6).Select(RunSeeds.Filler)]);
    }

    [Fact]
    public void SortLabel_ClickingDuration_SortsAndWritesTheSortToTheUrl()
    {
        var page = Open("runs?size=10");
        WaitForIds(page, [.. RunSeeds.NewestFirst.Take(10)]);

        page.FindAll(".mud-table-sort-label").Single(l => l.TextContent.Contains("Duration", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Ids(page)[0].ShouldBe(RunSeeds.A3), Cap); // ascending first: 1 s
        page.WaitForAssertion(() => Navigation.Uri.ShouldEndWith("runs?sort=duration&dir=asc&size=10"), Cap);
    }

    [Theory]
    [InlineData("kind=spectrum-comparison", new[] { RunSeeds.A3 })]
    [InlineData("state=failed&state=interrupted", new[] { RunSeeds.A5, RunSeeds.A4 })]
    [InlineData("tag=baseline", new[] { RunSeeds.A2, RunSeeds.A1 })]
    [InlineData("tag=BASELINE&tag=large", new[] { RunSeeds.A2 })]
    [InlineData("from=2026-01-11&to=2026-01-12", new[] { RunSeeds.A3, RunSeeds.A2 })]
    [InlineData("q=LADDER", new[] { RunSeeds.A1 })]
    [InlineData("q=a0000000000", new[] { RunSeeds.A5, RunSeeds.A4, RunSeeds.A3, RunSeeds.A2, RunSeeds.A1 })]
    [InlineData("param=n%3E%3D1000", new[] { RunSeeds.A2 })]
    [InlineData("param=variant%3Dnone", new[] { RunSeeds.A2 })]
    [InlineData("kind=lanczos&tag=baseline&param=n%3C1000", new[] { RunSeeds.A1 })]
    public void Filter_FromTheUrl_NarrowsToExactlyTheExpectedRuns(string query, string[] expected) =>
        WaitForIds(Open("runs?" + query), expected);

    [Fact]
    public void Filter_ParameterTypedInTheBar_BecomesAChipAndTheUrlAndNarrows()
    {
        var page = Open("runs");
        WaitForIds(page, [.. RunSeeds.NewestFirst.Take(25)]);
        Input(page.Find("[data-testid=runs-filters]"), "filter-parameter").Input("n>=abc");
        Input(page.Find("[data-testid=runs-filters]"), "filter-parameter").KeyDown("Enter");
        page.WaitForAssertion(() => page.Find("[data-testid=runs-filters]").TextContent.ShouldContain("'abc' is not a number"), Cap);

        Input(page.Find("[data-testid=runs-filters]"), "filter-parameter").Input("n>=1000");
        Input(page.Find("[data-testid=runs-filters]"), "filter-parameter").KeyDown("Enter");

        WaitForIds(page, [RunSeeds.A2]);
        page.Find("[data-testid=filter-parameter-chip]").TextContent.ShouldContain("n>=1000");
        Navigation.Uri.ShouldEndWith("runs?param=n%3E%3D1000");
    }

    [Fact]
    public void Url_JunkInTheQuery_NeverThrowsAndSaysWhatWasIgnored()
    {
        var page = Open("runs?state=exploded&kind=%00&sort=colour&dir=sideways&page=-3&size=7&from=yesterday&param=%3D%3D");

        WaitForIds(page, [.. RunSeeds.NewestFirst]);
        string messages = page.Find("[data-testid=runs-url-messages]").TextContent;
        foreach (var expected in new[] { "'exploded' is not a run state", "cannot be sorted by 'colour'", "'sideways' is not a sort direction",
                     "7 rows per page", "'yesterday' is not a day", "'==' does not parse" })
            messages.ShouldContain(expected);
    }

    [Fact]
    public void Selection_AcrossPages_IsKeptAndComparesBothInTheOrderTicked()
    {
        var page = Open("runs?size=10");
        WaitForIds(page, [.. RunSeeds.NewestFirst.Take(10)]);
        Input(Row(page, RunSeeds.A2), "run-select").Change(true);
        page.WaitForAssertion(() => page.Find("[data-testid=runs-selected-count]").TextContent.ShouldBe("1 selected"), Cap);

        page.Find("button[aria-label='Next page']").Click();
        WaitForIds(page, [.. RunSeeds.NewestFirst.Skip(10).Take(10)]);
        Input(Row(page, RunSeeds.Filler(5)), "run-select").Change(true);

        page.Find("[data-testid=runs-selected-count]").TextContent.ShouldBe("2 selected");
        page.Find("[data-testid=runs-compare]").GetAttribute("href").ShouldBe($"compare?runs={RunSeeds.A2},{RunSeeds.Filler(5)}");
        page.Find("[data-testid=runs-report]").GetAttribute("href").ShouldBe($"report?runs={RunSeeds.A2},{RunSeeds.Filler(5)}");

        page.Find("button[aria-label='Previous page']").Click();
        WaitForIds(page, [.. RunSeeds.NewestFirst.Take(10)]);
        Input(Row(page, RunSeeds.A2), "run-select").IsChecked().ShouldBeTrue();

        page.Find("[data-testid=runs-selection-clear]").Click();
        page.FindAll("[data-testid=runs-selection]").ShouldBeEmpty();
    }

    [Fact]
    public void Rows_ShowOwnerTagsErrorsAndTheInterruptedNoteWithAnInlineRerun()
    {
        var page = Open("runs");
        WaitForIds(page, [.. RunSeeds.NewestFirst]);

        var a1 = Row(page, RunSeeds.A1);
        a1.TextContent.ShouldContain("ada");
        a1.QuerySelectorAll("[data-testid=run-tag]").Select(t => t.TextContent.Trim()).ShouldBe(["baseline"]);
        a1.QuerySelector("[data-testid=run-elapsed]")!.TextContent.ShouldBe("5.0 s");
        Row(page, RunSeeds.A4).QuerySelector("[data-testid=run-error]")!.TextContent.ShouldBe("The matrix file is not symmetric.");
        var a5 = Row(page, RunSeeds.A5);
        a5.QuerySelector("[data-testid=run-state]")!.GetAttribute("data-state").ShouldBe("interrupted");
        a5.QuerySelector("[data-testid=run-interrupted]")!.TextContent.ShouldContain("the server stopped");
        a5.QuerySelector("[data-testid=run-rerun]").ShouldNotBeNull();
        a1.QuerySelector("[data-testid=run-rerun]").ShouldBeNull();
        page.FindAll("[data-testid=run-cancel]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Rerun_InterruptedRow_SubmitsTheSameRequestAsARerunOwnedByTheSignedInUser()
    {
        Auth.SetAuthorized("carol");
        var page = Open("runs");
        WaitForIds(page, [.. RunSeeds.NewestFirst]);

        Row(page, RunSeeds.A5).QuerySelector("[data-testid=run-rerun]")!.Click();

        var rerun = Runner.List().ShouldHaveSingleItem();
        (rerun.RerunOf, rerun.Owner, rerun.Kind).ShouldBe((RunSeeds.A5, "carol", "lanczos"));
        rerun.Request.ShouldBe(Store.Load(RunSeeds.A5)!.Info.Request);
        await foreach (var _ in Runner.StreamAsync(rerun.Id).WithCancellation(Token))
        {
        }
        // The new run reaches the store and the list (newest first) without a reload.
        WaitForIds(page, [rerun.Id, .. RunSeeds.NewestFirst.Take(24)]);
        Row(page, rerun.Id).QuerySelector("[data-testid=run-state]")!.GetAttribute("data-state").ShouldBe("succeeded");
    }

    [Fact]
    public async Task TagDialog_AddingATagToTwoSelectedRuns_PersistsInTheStore()
    {
        var page = Open("runs?size=10");
        WaitForIds(page, [.. RunSeeds.NewestFirst.Take(10)]);
        Input(Row(page, RunSeeds.A3), "run-select").Change(true);
        page.WaitForAssertion(() => page.Find("[data-testid=runs-selected-count]").TextContent.ShouldBe("1 selected"), Cap);
        Input(Row(page, RunSeeds.A4), "run-select").Change(true);
        page.WaitForAssertion(() => page.Find("[data-testid=runs-selected-count]").TextContent.ShouldBe("2 selected"), Cap);

        page.Find("[data-testid=runs-tag]").Click();
        Dialogs.WaitForAssertion(() => Input(Dialogs.Find("[data-testid=tag-dialog]"), "tag-dialog-input"), Cap);
        Input(Dialogs.Find("[data-testid=tag-dialog]"), "tag-dialog-input").Input("review");
        Dialogs.Find("[data-testid=tag-dialog-add]").Click();

        page.WaitForAssertion(() => Ids(page).Count.ShouldBe(10), Cap);
        var tagged = await Store.QueryAsync(new RunQuery { Tags = ["review"] }, Token);
        tagged.Items.Select(r => r.Id).ShouldBe([RunSeeds.A4, RunSeeds.A3]);
        tagged.Items.Single(r => r.Id == RunSeeds.A3).Tags.ShouldBe(["meeting", "review"], ignoreOrder: true);
    }

    [Fact]
    public async Task Delete_TwoSelectedFinishedRuns_AfterConfirmingAreGoneFromTheStore()
    {
        var page = Open("runs");
        WaitForIds(page, [.. RunSeeds.NewestFirst]);
        Input(Row(page, RunSeeds.A1), "run-select").Change(true);
        page.WaitForAssertion(() => page.Find("[data-testid=runs-selected-count]").TextContent.ShouldBe("1 selected"), Cap);
        Input(Row(page, RunSeeds.A5), "run-select").Change(true);
        page.WaitForAssertion(() => page.Find("[data-testid=runs-selected-count]").TextContent.ShouldBe("2 selected"), Cap);

        page.Find("[data-testid=runs-delete]").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Markup.ShouldContain("Delete 2 runs"), Cap);
        Dialogs.FindAll("button").Single(b => b.TextContent.Trim().Equals("Delete", StringComparison.OrdinalIgnoreCase)).Click();

        WaitForIds(page, [.. RunSeeds.NewestFirst.Where(id => id is not RunSeeds.A1 and not RunSeeds.A5)]);
        (Store.Load(RunSeeds.A1), Store.Load(RunSeeds.A5)).ShouldBe((null, null));
        (await Store.QueryAsync(new RunQuery(), Token)).Total.ShouldBe(23);
        page.FindAll("[data-testid=runs-selection]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Dispose_LeavingThePage_UnsubscribesAndCancelsNothing()
    {
        var run = Runner.Submit(RealRuns.Lanczos(2500, 2500));
        var page = Open("runs");
        page.WaitForAssertion(() => Ids(page).ShouldContain(run.Id), Cap);

        await DisposeComponentsAsync();

        Runner.Get(run.Id)!.State.ShouldNotBe(RunState.Cancelled);
        Runner.Cancel(run.Id).ShouldBeTrue();
    }
}
