using System.Text;
using Bunit;
using Bunit.TestDoubles;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Web.Components.Pages.Report;
using HessianDashboard.Web.Components.Report;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.Components.Report;

/// <summary>
/// /report's saved reports over the real store (SQLite): save → the address names the saved id → a new page from that
/// address restores everything; edits, owners, missing ids, runs deleted since, and the list with its delete.
/// </summary>
public sealed class SavedReportPageTests : RunHistoryContext, IAsyncLifetime
{
    private const string RunA = "5a0000000001", RunB = "5a0000000002";
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private ISavedReportStore Reports => Services.GetRequiredService<ISavedReportStore>();

    public async ValueTask InitializeAsync()
    {
        var (run, events) = await RealRuns.LanczosAsync();
        var at = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        Save(Retell(run, RunA, at, TimeSpan.FromSeconds(3)), events);
        Save(Retell(run, RunB, at.AddMinutes(1), TimeSpan.FromSeconds(4)), events);
        await StartAsync();
        RenderProviders();
    }

    private IRenderedComponent<ReportPage> Open(string uri)
    {
        Navigation.NavigateTo(uri);
        return Render<ReportPage>();
    }

    /// <summary>5,000 characters of markdown in several scripts (over the link's 2,000: only saving keeps them).</summary>
    private static string Notes()
    {
        var text = new StringBuilder("## Befunde 🧮\r\n\r\n");
        for (int i = 0; text.Length < 5000; i++) text.Append(i % 3 == 0 ? "- λmax wächst, 日本語 ✓\n" : i % 3 == 1 ? "- *ghost* eigenvalues 👻 in `None`\n" : "\t> שלום e\u0301\n");
        text.Length = 5000;
        if (char.IsHighSurrogate(text[^1])) text[^1] = '.';
        return text.ToString();
    }

    /// <summary>Waits (at most 10 s) for the address to satisfy <paramref name="condition"/>: our own writes do not render.</summary>
    private async Task AddressShouldAsync(Func<string, bool> condition)
    {
        await Eventually.HoldsAsync(() => condition(Navigation.Uri));
        condition(Navigation.Uri).ShouldBeTrue(Navigation.Uri);
    }

    /// <summary>Finds and clicks in one go on the renderer: a render in between (the notes' debounce) would leave a stale handler.</summary>
    private static Task ClickAsync(IRenderedComponent<ReportPage> page, string testId) =>
        page.InvokeAsync(() => page.Find($"[data-testid={testId}]").Click());

    private static string SavedIdOf(string uri) => SavedReportLink.SavedId(uri) ?? "";

    [Fact]
    public async Task Save_NewReport_AddressNamesTheSavedIdAndANewPageFromItRestoresEverything()
    {
        Auth.SetAuthorized("alice");
        var page = Open($"report?runs={RunA},{RunB}&title=Review%20week%2048&charts=spectra,metrics&layout=per-run");
        string notes = Notes();
        page.Find("textarea[data-testid=report-notes-input]").Input(notes);
        page.WaitForAssertion(() => page.Instance.State.Notes.ShouldBe(notes), Cap);
        page.Find("[data-testid=report-dirty]").TextContent.Trim().ShouldBe("not saved");

        await ClickAsync(page, "report-save");

        page.WaitForAssertion(() => page.Instance.Saved.ShouldNotBeNull(), Cap);
        string id = page.Instance.Saved!.Id;
        Navigation.Uri.ShouldEndWith($"/report?saved={id}");
        page.Find("[data-testid=report-saved]").GetAttribute("data-dirty").ShouldBe("false");
        page.Find("[data-testid=report-saved-line]").TextContent.ShouldEndWith("by alice");
        page.Find("[data-testid=report-link]").TextContent.ShouldEndWith($"/report?saved={id}");
        var stored = (await Reports.GetAsync(id, Token)).ShouldNotBeNull();
        (stored.Title, stored.View, stored.Owner).ShouldBe(("Review week 48", $"runs={RunA},{RunB}&charts=spectra,metrics&layout=per-run", "alice"));
        Encoding.UTF8.GetBytes(stored.Notes).ShouldBe(Encoding.UTF8.GetBytes(notes));

        var reopened = Render<ReportPage>(); // another tab, or the next day: only the address

        reopened.WaitForAssertion(() => reopened.Instance.Saved.ShouldNotBeNull(), Cap);
        var state = reopened.Instance.State;
        (string.Join(',', state.Runs), state.Title, state.Charts, state.Layout).ShouldBe(($"{RunA},{RunB}", "Review week 48", ReportCharts.Spectra | ReportCharts.Metrics, ReportLayout.PerRun));
        string.CompareOrdinal(state.Notes, notes).ShouldBe(0);
        reopened.Find("[data-testid=report-title]").TextContent.ShouldBe("Review week 48");
        reopened.Find("[data-testid=report-notes] h2").TextContent.ShouldBe("Befunde 🧮");
        reopened.FindAll("[data-testid=report-section]").Count.ShouldBe(2);
        reopened.Find("[data-testid=report-kept]").TextContent.ShouldContain("Saved on the server");
        reopened.FindAll("[data-testid=report-message]").ShouldBeEmpty();
        reopened.FindAll("[data-testid=saved-reports]").ShouldBeEmpty("the list shows only for a new, empty report");
    }

    [Fact]
    public async Task Edit_SavedReport_ShowsUnsavedChangesThenSaveKeepsTheIdAndSaveAsNewMakesAnother()
    {
        Auth.SetAuthorized("alice");
        var saved = (await Reports.SaveAsync(new SavedReportDraft { Title = "Draft", View = $"runs={RunA}", Notes = "first" }, "alice", Token)).Report!;
        var page = Open($"report?saved={saved.Id}");
        page.WaitForAssertion(() => page.Instance.State.Notes.ShouldBe("first"), Cap);

        page.Find("textarea[data-testid=report-notes-input]").Input("second");

        page.WaitForAssertion(() => page.Find("[data-testid=report-dirty]").TextContent.Trim().ShouldBe("unsaved changes"), Cap);
        await AddressShouldAsync(SavedReportLink.HasView);
        SavedIdOf(Navigation.Uri).ShouldBe(saved.Id, "the edited link still names the saved report");
        var edited = Render<ReportPage>(); // the edited link opens the edits, not the saved version
        edited.WaitForAssertion(() => (edited.Instance.Saved?.Id, edited.Instance.State.Notes, edited.Instance.Dirty).ShouldBe((saved.Id, "second", true)), Cap);
        edited.Dispose();

        await ClickAsync(page, "report-save");

        page.WaitForAssertion(() => page.Find("[data-testid=report-saved]").GetAttribute("data-dirty").ShouldBe("false"), Cap);
        (await Reports.GetAsync(saved.Id, Token))!.Notes.ShouldBe("second");
        Navigation.Uri.ShouldEndWith($"/report?saved={saved.Id}");

        await ClickAsync(page, "report-save-as-new");

        page.WaitForAssertion(() => page.Instance.Saved!.Id.ShouldNotBe(saved.Id), Cap);
        Navigation.Uri.ShouldEndWith($"/report?saved={page.Instance.Saved!.Id}");
        var both = (await Reports.ListAsync(0, 10, Token)).Items;
        both.Select(r => r.Id).ShouldBe([page.Instance.Saved!.Id, saved.Id], "most recently saved first");
        both.ShouldAllBe(r => r.NotesLength == "second".Length);
    }

    [Fact]
    public async Task Save_SomeoneElsesReport_IsRefusedWithAMessageAndStaysAsItWas()
    {
        var saved = (await Reports.SaveAsync(new SavedReportDraft { Title = "Alice's", View = $"runs={RunA}", Notes = "hers" }, "alice", Token)).Report!;
        Auth.SetAuthorized("bob");
        var page = Open($"report?saved={saved.Id}");
        page.WaitForAssertion(() => page.Instance.Saved.ShouldNotBeNull(), Cap);
        page.Find("textarea[data-testid=report-notes-input]").Input("his");
        page.WaitForAssertion(() => page.Instance.Dirty.ShouldBeTrue(), Cap);

        await ClickAsync(page, "report-save");

        Snackbars.WaitForAssertion(() => Snackbars.Markup.ShouldContain("This report belongs to alice"), Cap);
        (await Reports.GetAsync(saved.Id, Token))!.Notes.ShouldBe("hers");
        page.Instance.Dirty.ShouldBeTrue("bob's edits are still in the page");
    }

    [Fact]
    public async Task Save_NotesOverTheLimit_SaysHowLongTheyAreAndSavesNothing()
    {
        var page = Open($"report?runs={RunA}");
        page.Find("textarea[data-testid=report-notes-input]").Input(new string('x', SavedReportDraft.MaxNotesLength + 1));
        page.WaitForAssertion(() => page.Instance.State.Notes.Length.ShouldBe(SavedReportDraft.MaxNotesLength + 1), Cap);

        await ClickAsync(page, "report-save");

        Snackbars.WaitForAssertion(() => Snackbars.Markup.ShouldContain("The notes have 100,001 characters; at most 100,000 can be saved."), Cap);
        page.Instance.Saved.ShouldBeNull();
        (await Reports.ListAsync(0, 10, Token)).Total.ShouldBe(0);
    }

    [Theory]
    [InlineData("0123456789ab", "There is no saved report 0123456789ab: it was deleted, or the link is wrong.")]
    [InlineData("..%2Fetc", "'../etc' is not a saved report id")]
    public void Open_MissingOrMalformedSavedId_SaysSoAndStartsAnEmptyReport(string id, string message)
    {
        var page = Open($"report?saved={id}");

        page.WaitForAssertion(() => page.Find("[data-testid=report-message]").TextContent.ShouldContain(message), Cap);
        page.Instance.Saved.ShouldBeNull();
        page.Instance.State.ShouldBe(new ReportViewState());
        page.WaitForAssertion(() => page.Find("[data-testid=saved-reports]"), Cap);
    }

    [Fact]
    public async Task Open_SavedReportWhoseRunWasDeletedSince_NamesTheRunThatIsGone()
    {
        var saved = (await Reports.SaveAsync(new SavedReportDraft { Title = "Two runs", View = $"runs={RunA},{RunB}", Notes = "" }, null, Token)).Report!;
        (await Runner.DeleteAsync(RunB, Token)).ShouldBeTrue();

        var page = Open($"report?saved={saved.Id}");

        page.WaitForAssertion(() => page.Find("[data-testid=report-message]").TextContent
            .ShouldBe($"A run of this saved report is no longer on this server (deleted since it was saved): {RunB}."), Cap);
        page.Instance.State.Runs.ShouldBe([RunA, RunB], "the report still names it");
        page.Find("[data-testid=report-runs]").TextContent.ShouldContain($"There is no run '{RunB}'");
    }

    [Fact]
    public async Task List_NewEmptyReport_ShowsSavedReportsNewestFirstAndDeletesOneAfterConfirming()
    {
        var older = (await Reports.SaveAsync(new SavedReportDraft { Title = "Older", View = $"runs={RunA}", Notes = "" }, null, Token)).Report!;
        var newer = (await Reports.SaveAsync(new SavedReportDraft { Title = "Newer", View = $"runs={RunA},{RunB}", Notes = "" }, null, Token)).Report!;

        var page = Open("report");

        page.WaitForAssertion(() => page.FindAll("[data-testid=saved-report]").Select(r => r.GetAttribute("data-id")).ShouldBe([newer.Id, older.Id]), Cap);
        var row = page.FindAll("[data-testid=saved-report]")[0];
        row.QuerySelector("[data-testid=saved-report-open]")!.GetAttribute("href").ShouldBe($"report?saved={newer.Id}");
        row.QuerySelectorAll("td")[1].TextContent.ShouldBe("2");

        await page.InvokeAsync(() => page.Find("[data-testid=saved-report] button[data-testid=saved-report-delete]").Click());
        Dialogs.WaitForAssertion(() => Dialogs.Markup.ShouldContain($"Delete the saved report \"Newer\" ({newer.Id})?"), Cap);
        Dialogs.FindAll("button").Single(b => b.TextContent.Trim().Equals("Delete", StringComparison.OrdinalIgnoreCase)).Click();

        page.WaitForAssertion(() => page.FindAll("[data-testid=saved-report]").Select(r => r.GetAttribute("data-id")).ShouldBe([older.Id]), Cap);
        (await Reports.GetAsync(newer.Id, Token)).ShouldBeNull();
        (await Reports.GetAsync(older.Id, Token)).ShouldNotBeNull();
    }
}
