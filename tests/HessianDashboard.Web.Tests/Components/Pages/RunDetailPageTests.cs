using AngleSharp.Dom;
using Bunit;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage;
using HessianDashboard.Storage.Context;
using HessianDashboard.Web.Components.Pages;
using HessianDashboard.Web.Tests.Components.Runs;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HessianDashboard.Web.Tests.Components.Pages;

/// <summary>A run's detail page over the real store: header and lineage, interrupted runs, tags and notes persisting, request, tables.</summary>
public sealed class RunDetailPageTests : RunHistoryContext, IAsyncLifetime
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    public async ValueTask InitializeAsync()
    {
        await RunSeeds.SeedAsync(Save, Retell);
        await StartAsync();
        RenderProviders();
    }

    private IRenderedComponent<RunDetailPage> Open(string id) => Render<RunDetailPage>(p => p.Add(x => x.RunId, id));

    /// <summary>A store of its own over the same database: what another process (or the next start) reads.</summary>
    private EfRunStore FreshStore() =>
        new(Services.GetRequiredService<RunStoreContextFactory>(), Services.GetRequiredService<RunJobCatalog>(), NullLogger<EfRunStore>.Instance);

    private static IElement Input(IParentNode scope, string testId) =>
        scope.QuerySelector($"input[data-testid={testId}]") ?? scope.QuerySelector($"textarea[data-testid={testId}]")
        ?? scope.QuerySelector($"[data-testid={testId}] input") ?? scope.QuerySelector($"[data-testid={testId}] textarea")
        ?? throw new InvalidOperationException($"No input marked {testId}.");

    [Fact]
    public void Render_SucceededRun_ShowsHeaderRequestManifestEventsAndTables()
    {
        var page = Open(RunSeeds.A1);

        page.Find("[data-testid=run-detail-title]").TextContent.ShouldStartWith("Lanczos");
        page.Find("[data-testid=run-state]").GetAttribute("data-state").ShouldBe("succeeded");
        page.Find("[data-testid=run-owner]").TextContent.ShouldBe("ada");
        page.Find("[data-testid=run-duration]").TextContent.ShouldBe("5.0 s");
        page.Find("[data-testid=run-request-json]").TextContent.ShouldContain("\"iterations\": 40");
        page.Find("[data-testid=manifest-app]").TextContent.ShouldNotBeNullOrWhiteSpace();
        page.Find("[data-testid=events-last-step]").TextContent.ShouldBe("40");
        page.Find("[data-testid=events-step]").TextContent.ShouldBe("40");
        page.FindAll("[data-testid=run-table]").Select(b => b.GetAttribute("data-table"))
            .ShouldBe([$"run-{RunSeeds.A1}-steps.csv", $"run-{RunSeeds.A1}-spectrum.csv"]);
        page.FindAll("[data-testid=run-interrupted-alert]").ShouldBeEmpty();
        page.Find("[data-testid=run-notes-preview]").InnerHtml.ShouldContain("<em>ladder</em>");
    }

    [Fact]
    public void Render_UnknownRun_SaysSo() =>
        Open("ffffffffffff").Find("[data-testid=run-detail-missing]").TextContent.ShouldContain("There is no run 'ffffffffffff'");

    [Fact]
    public void Interrupted_Run_ShowsWhenTheServerStoppedAfterItsStepsAndRerunsWithRerunOf()
    {
        Auth.SetAuthorized("dora");
        var page = Open(RunSeeds.A5);

        var alert = System.Text.RegularExpressions.Regex.Replace(page.Find("[data-testid=run-interrupted-alert]").TextContent, @"\s+", " ");
        alert.ShouldContain("while this run was running, after 10 steps");
        page.Find("[data-testid=run-state]").GetAttribute("data-state").ShouldBe("interrupted");

        page.Find("[data-testid=run-interrupted-rerun]").Click();

        var rerun = Runner.List().ShouldHaveSingleItem();
        (rerun.RerunOf, rerun.Owner).ShouldBe((RunSeeds.A5, "dora"));
        Snackbars.WaitForAssertion(() => Snackbars.Find("[data-testid=snackbar-run-link]").TextContent.ShouldBe(rerun.Id), Cap);
        var rerunPage = Open(rerun.Id);
        rerunPage.Find("[data-testid=run-rerun-of]").GetAttribute("href").ShouldBe($"runs/{RunSeeds.A5}");
    }

    [Fact]
    public async Task Tags_AddedAndRemoved_PersistInTheStore()
    {
        var page = Open(RunSeeds.A3);

        Input(page.Find("[data-testid=run-annotations]"), "run-tag-input").Input("  Keeper ");
        Input(page.Find("[data-testid=run-annotations]"), "run-tag-input").KeyDown("Enter");
        page.WaitForAssertion(() => page.FindAll("[data-testid=run-annotations] [data-testid=run-tag]").Count.ShouldBe(2), Cap);

        (await FreshStore().QueryAsync(new RunQuery { Tags = ["keeper"] }, Token)).Items.Single().Id.ShouldBe(RunSeeds.A3);
        FreshStore().Load(RunSeeds.A3)!.Info.Tags.ShouldBe(["meeting", "Keeper"], ignoreOrder: true);

        page.FindAll("[data-testid=run-annotations] [data-testid=run-tag]").Single(c => c.TextContent.Contains("meeting", StringComparison.Ordinal))
            .QuerySelector(".mud-chip-close-button")!.Click();
        page.WaitForAssertion(() => page.FindAll("[data-testid=run-annotations] [data-testid=run-tag]").Count.ShouldBe(1), Cap);
        FreshStore().Load(RunSeeds.A3)!.Info.Tags.ShouldBe(["Keeper"]);
    }

    [Fact]
    public void Notes_Saved_PersistAndThePreviewEscapesHtml()
    {
        var page = Open(RunSeeds.A2);
        const string notes = "**Large** run <script>alert(1)</script> [bad](javascript:alert(1))";

        Input(page.Find("[data-testid=run-annotations]"), "run-notes").Input(notes);
        page.Find("[data-testid=run-notes-save]").Click();

        page.WaitForAssertion(() => FreshStore().Load(RunSeeds.A2)!.Info.Notes.ShouldBe(notes), Cap);
        Snackbars.WaitForAssertion(() => Snackbars.Markup.ShouldContain("Notes saved."), Cap);
        string preview = page.Find("[data-testid=run-notes-preview]").InnerHtml;
        preview.ShouldContain("<strong>Large</strong>");
        preview.ShouldNotContain("<script>");
        preview.ShouldContain("&lt;script&gt;");
        preview.ShouldNotContain("javascript:");
        page.Find("[data-testid=run-notes-save]").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public void Failed_Run_ShowsItsErrorAndNoCancel()
    {
        var page = Open(RunSeeds.A4);

        page.Find("[data-testid=run-error]").TextContent.ShouldBe("The matrix file is not symmetric.");
        page.FindAll("[data-testid=run-cancel]").ShouldBeEmpty();
        page.Find("[data-testid=run-export]").ShouldNotBeNull();
    }
}
