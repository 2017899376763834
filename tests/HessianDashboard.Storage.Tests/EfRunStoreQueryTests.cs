using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Tests.TestSupport;
using static HessianDashboard.Storage.Tests.TestSupport.HistorySeed;

namespace HessianDashboard.Storage.Tests;

public class EfRunStoreQueryTests(StoreDatabases databases) : IClassFixture<StoreDatabases>
{
    public static TheoryData<string> Providers => StoreDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task QueryAsync_PagesOfThreeNewestFirst_SplitTheHistoryWithItsTotal(string provider)
    {
        var store = Seeded(provider);

        var pages = new List<RunPage>();
        for (int page = 0; page < 4; page++) pages.Add(await store.QueryAsync(new RunQuery { Page = page, PageSize = 3 }, Token));

        pages.Select(p => p.Total).ShouldAllBe(t => t == 7);
        pages[0].Items.Select(r => r.Id).ShouldBe(Ids(7, 6, 5));
        pages[1].Items.Select(r => r.Id).ShouldBe(Ids(4, 3, 2));
        pages[2].Items.Select(r => r.Id).ShouldBe(Ids(1));
        pages[3].Items.ShouldBeEmpty();
        var first = pages[2].Items[0];
        (first.State, first.Owner, first.Title, first.Kind).ShouldBe((RunState.Succeeded, "ada", "Lanczos full n=100", "lanczos"));
        first.Tags.ShouldBe(["baseline"]);
        first.Result.ShouldBeNull(); // results are not loaded for pages
        first.Request.ShouldBeOfType<Experiments.Lanczos.LanczosRunRequest>().Source.Synthetic!.N.ShouldBe(100);
        first.SubmittedAt.ShouldBe(Submitted(1));
    }

    public static TheoryData<string, RunSortField, bool, int[]> Sorts()
    {
        var data = new TheoryData<string, RunSortField, bool, int[]>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            data.Add(provider, RunSortField.Submitted, false, [1, 2, 3, 4, 5, 6, 7]);
            data.Add(provider, RunSortField.Duration, false, [2, 6, 1, 3, 7, 4, 5]); // no duration last
            data.Add(provider, RunSortField.Duration, true, [7, 3, 1, 6, 2, 5, 4]);
            data.Add(provider, RunSortField.Kind, false, [6, 1, 2, 4, 5, 7, 3]);
            data.Add(provider, RunSortField.State, false, [6, 2, 7, 5, 4, 1, 3]); // by name: cancelled, failed, interrupted, …
            data.Add(provider, RunSortField.Title, false, [3, 6, 7, 1, 5, 2, 4]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task QueryAsync_SortedByAField_OrdersByItThenBySubmission(string provider, RunSortField field, bool descending, int[] expected)
    {
        var store = Seeded(provider);

        var page = await store.QueryAsync(new RunQuery { SortBy = field, Descending = descending }, Token);

        page.Items.Select(r => r.Id).ShouldBe(Ids(expected));
    }

    public static TheoryData<string, string, int[]> Filters()
    {
        var data = new TheoryData<string, string, int[]>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            data.Add(provider, "kind", [7, 5, 4, 2, 1]);
            data.Add(provider, "state", [3, 2, 1]);
            data.Add(provider, "tag", [5, 2, 1]);
            data.Add(provider, "two tags", [2]);
            data.Add(provider, "owner", [7, 5, 3, 1]);
            data.Add(provider, "date range", [4, 3, 2]);
            data.Add(provider, "text in notes", [2]);
            data.Add(provider, "text in title", [3]);
            data.Add(provider, "text in id", [6]);
            data.Add(provider, "n>=300", [5, 4, 3]);
            data.Add(provider, "n<100", [7]);
            data.Add(provider, "n=250", [6]);
            data.Add(provider, "variant=full", [5, 1]);
            data.Add(provider, "variant!=full", [7, 4, 2]);
            data.Add(provider, "variant=FULL and n>100", [5]);
            data.Add(provider, "combined", [5, 1]);
            data.Add(provider, "nothing", []);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task QueryAsync_Filter_ReturnsExactlyTheMatchingRunsAndTheirTotal(string provider, string filter, int[] expected)
    {
        var store = Seeded(provider);
        var query = filter switch
        {
            "kind" => new RunQuery { Kinds = ["LANCZOS"] },
            "state" => new RunQuery { States = [RunState.Succeeded, RunState.Failed] },
            "tag" => new RunQuery { Tags = ["Baseline"] },
            "two tags" => new RunQuery { Tags = ["baseline", "PAPER"] },
            "owner" => new RunQuery { Owner = "ada" },
            "date range" => new RunQuery { SubmittedFrom = Submitted(2), SubmittedTo = Submitted(5) },
            "text in notes" => new RunQuery { Text = "DIVERGED" },
            "text in title" => new RunQuery { Text = "comparison" },
            "text in id" => new RunQuery { Text = "000006" },
            "variant=FULL and n>100" => new RunQuery { Parameters = [Parse("variant=FULL"), Parse("n>100")] },
            "combined" => new RunQuery { Kinds = ["lanczos"], Owner = "ada", Tags = ["baseline"] },
            "nothing" => new RunQuery { Owner = "nobody" },
            _ => new RunQuery { Parameters = [Parse(filter)] },
        };

        var page = await store.QueryAsync(query with { PageSize = 5 }, Token);

        page.Items.Select(r => r.Id).ShouldBe(Ids(expected).Take(5));
        page.Total.ShouldBe(expected.Length);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task QueryAsync_InvalidQuery_ThrowsArgumentExceptionWithItsProblems(string provider)
    {
        var store = Seeded(provider);

        var ex = await Should.ThrowAsync<ArgumentException>(() => store.QueryAsync(new RunQuery { PageSize = 0, Page = -1 }, Token));

        ex.Message.ShouldContain("Page size");
        ex.Message.ShouldContain("Page must not be negative");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TagsAsync_TagsInSeveralSpellings_CountedTogetherMostUsedFirst(string provider)
    {
        var store = Seeded(provider);

        var tags = await store.TagsAsync(Token);

        tags.ShouldBe([new TagCount("baseline", 3), new TagCount("Paper", 2)]); // "baseline" ×2 beats "BASELINE"; "Paper" < "paper" ordinally
    }

    private static ParameterFilter Parse(string text) => ParameterFilter.TryParse(text, out var error) ?? throw new ArgumentException(error);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private EfRunStore Seeded(string provider)
    {
        var store = databases.Create(provider).Store;
        Write(store);
        return store;
    }
}
