using System.Globalization;
using System.Text;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HessianDashboard.Storage.Tests;

/// <summary>Saved review reports on both providers: round trip, owners, list order and paging, delete, the migration.</summary>
public class EfSavedReportStoreTests(StoreDatabases databases) : IClassFixture<StoreDatabases>
{
    private static readonly DateTimeOffset Epoch = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Providers => StoreDatabases.Providers;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private (EfSavedReportStore Store, SettableClock Clock, TestStore Runs) Create(string provider)
    {
        var runs = databases.Create(provider); // opened: migrated, emptied
        var clock = new SettableClock(Epoch);
        return (new EfSavedReportStore(runs.Factory, clock), clock, runs);
    }

    private static SavedReportDraft Draft(string title, string notes = "", string view = "runs=aaaaaaaaaaaa") =>
        new() { Title = title, View = view, Notes = notes };

    /// <summary>50,000 characters of markdown with every kind of text a note holds: CJK, emoji (surrogate pairs), combining marks, RTL, CRLF and tabs.</summary>
    private static string LongNotes()
    {
        var text = new StringBuilder("# Review 2026-11\r\n\r\n| run | λmax |\n|---|---|\n| `a1b2c3` | 1.5e3 |\n\n");
        string[] lines =
        [
            "- **bold** _em_ `code` [link](https://example.org/?a=1&b=2) <script>x</script>\n",
            "- 日本語のメモ、ヘッセ行列のスペクトル\n",
            "- emoji 🧮📉🔬 and flags 🇩🇪🇯🇵\n",
            "- e\u0301 (combining) \u200d zero width joiner, \u00a0nbsp\n",
            "- עברית and العربية right to left\n",
            "\t> quoted with a tab and trailing spaces   \n",
            "```\nλ_max = max(eig(H))  // ∞, −0.0, NaN\n```\n",
        ];
        for (int i = 0; text.Length < 50_000; i++) text.Append(lines[i % lines.Length]);
        text.Length = 50_000;
        if (char.IsHighSurrogate(text[^1])) text[^1] = '.'; // do not cut a pair in two
        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveGet_FiftyThousandCharactersOfUnicodeMarkdown_ComeBackBitForBitWithOwnerAndTimes(string provider)
    {
        var (store, _, runs) = Create(provider);
        string notes = LongNotes();
        notes.Length.ShouldBe(50_000);

        var saved = await store.SaveAsync(Draft("Weekly review", notes, "runs=aaaaaaaaaaaa,bbbbbbbbbbbb&charts=spectra&layout=per-run"), "alice", Token);

        saved.Outcome.ShouldBe(SavedReportOutcome.Done);
        var report = saved.Report.ShouldNotBeNull();
        SavedReportIds.IsValid(report.Id).ShouldBeTrue(report.Id);
        var read = (await new EfSavedReportStore(runs.Factory).GetAsync(report.Id, Token)).ShouldNotBeNull(); // another store: what the next process reads
        Encoding.UTF8.GetBytes(read.Notes).ShouldBe(Encoding.UTF8.GetBytes(notes));
        string.CompareOrdinal(read.Notes, notes).ShouldBe(0);
        (read.Title, read.View, read.Owner) .ShouldBe(("Weekly review", "runs=aaaaaaaaaaaa,bbbbbbbbbbbb&charts=spectra&layout=per-run", "alice"));
        (read.CreatedAt, read.UpdatedAt).ShouldBe((Epoch, Epoch));
        read.ShouldBe(report);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_Update_OnlyTheOwnerOrAnAnonymousCallerChangesItAndCreationStays(string provider)
    {
        var (store, clock, _) = Create(provider);
        var first = (await store.SaveAsync(Draft("v1", "one"), "alice", Token)).Report!;
        clock.Now = Epoch.AddMinutes(5);

        var byBob = await store.SaveAsync(Draft("bob's", "two") with { Id = first.Id }, "bob", Token);
        var byAlice = await store.SaveAsync(Draft("v2", "two", "runs=cccccccccccc") with { Id = first.Id }, "alice", Token);
        clock.Now = Epoch.AddMinutes(9);
        var byAnonymous = await store.SaveAsync(Draft("v3", "three") with { Id = first.Id }, null, Token);
        var unknown = await store.SaveAsync(Draft("x") with { Id = "0123456789ab" }, "alice", Token);

        byBob.Outcome.ShouldBe(SavedReportOutcome.NotOwner);
        byBob.Report.ShouldBe(first, "refused: the report as it stays");
        byAlice.Outcome.ShouldBe(SavedReportOutcome.Done);
        (byAlice.Report!.Title, byAlice.Report.View, byAlice.Report.Notes, byAlice.Report.UpdatedAt).ShouldBe(("v2", "runs=cccccccccccc", "two", Epoch.AddMinutes(5)));
        byAnonymous.Outcome.ShouldBe(SavedReportOutcome.Done, "a loopback server without sign-in: anyone");
        unknown.ShouldBe(new SavedReportChange(SavedReportOutcome.NotFound, null));
        var read = (await store.GetAsync(first.Id, Token)).ShouldNotBeNull();
        (read.Title, read.Notes, read.Owner, read.CreatedAt, read.UpdatedAt).ShouldBe(("v3", "three", "alice", Epoch, Epoch.AddMinutes(9)));
        var ownerless = (await store.SaveAsync(Draft("open"), null, Token)).Report!;
        (await store.SaveAsync(Draft("taken over") with { Id = ownerless.Id }, "carol", Token)).Outcome.ShouldBe(SavedReportOutcome.Done);
        (await store.GetAsync(ownerless.Id, Token))!.Owner.ShouldBeNull("the owner is who saved it first");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListAsync_MostRecentlySavedFirstPagedWithoutNotes(string provider)
    {
        var (store, clock, _) = Create(provider);
        var ids = new List<string>();
        for (int i = 0; i < 7; i++)
        {
            clock.Now = Epoch.AddMinutes(i);
            ids.Add((await store.SaveAsync(Draft(string.Create(CultureInfo.InvariantCulture, $"r{i}"), new string('n', i)), "alice", Token)).Report!.Id);
        }
        clock.Now = Epoch.AddHours(1);
        await store.SaveAsync(Draft("r2 again", "n") with { Id = ids[2] }, "alice", Token); // saved last: first

        var first = await store.ListAsync(0, 3, Token);
        var second = await store.ListAsync(1, 3, Token);
        var third = await store.ListAsync(2, 3, Token);
        var beyond = await store.ListAsync(5, 3, Token);

        first.Items.Select(r => r.Title).ShouldBe(["r2 again", "r6", "r5"]);
        second.Items.Select(r => r.Title).ShouldBe(["r4", "r3", "r1"]);
        third.Items.Select(r => r.Title).ShouldBe(["r0"]);
        (first.Total, first.HasMore, third.HasMore, beyond.Items.Count, beyond.Total).ShouldBe((7, true, false, 0, 7));
        var r6 = first.Items[1];
        (r6.Id, r6.NotesLength, r6.Owner, r6.View, r6.CreatedAt, r6.UpdatedAt).ShouldBe((ids[6], 6, "alice", "runs=aaaaaaaaaaaa", Epoch.AddMinutes(6), Epoch.AddMinutes(6)));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.ListAsync(0, SavedReportPage.MaxPageSize + 1, Token));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.ListAsync(-1, 10, Token));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.ListAsync(0, 0, Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DeleteAsync_OwnerDeletesOthersAreRefusedUnknownIsNotFound(string provider)
    {
        var (store, _, _) = Create(provider);
        var kept = (await store.SaveAsync(Draft("kept"), "alice", Token)).Report!;
        var gone = (await store.SaveAsync(Draft("gone"), "alice", Token)).Report!;

        (await store.DeleteAsync(gone.Id, "bob", Token)).ShouldBe(SavedReportOutcome.NotOwner);
        (await store.GetAsync(gone.Id, Token)).ShouldNotBeNull();
        (await store.DeleteAsync(gone.Id, "alice", Token)).ShouldBe(SavedReportOutcome.Done);
        (await store.DeleteAsync(gone.Id, "alice", Token)).ShouldBe(SavedReportOutcome.NotFound);
        (await store.DeleteAsync("not an id", "alice", Token)).ShouldBe(SavedReportOutcome.NotFound);

        (await store.GetAsync(gone.Id, Token)).ShouldBeNull();
        (await store.SaveAsync(Draft("back?") with { Id = gone.Id }, "alice", Token)).Outcome.ShouldBe(SavedReportOutcome.NotFound);
        (await store.ListAsync(0, 10, Token)).Items.Select(r => r.Id).ShouldBe([kept.Id]);
        (await store.DeleteAsync(kept.Id, null, Token)).ShouldBe(SavedReportOutcome.Done, "an anonymous caller: a loopback server without sign-in");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Contract_InvalidDraftsAndIds_AreRefusedWithAClearMessageOrUnknown(string provider)
    {
        var (store, _, _) = Create(provider);

        var tooLong = await Should.ThrowAsync<ArgumentException>(() => store.SaveAsync(Draft("t", new string('x', SavedReportDraft.MaxNotesLength + 1)), "alice", Token));
        var badId = await Should.ThrowAsync<ArgumentException>(() => store.SaveAsync(Draft("t") with { Id = "../etc/passwd" }, "alice", Token));

        tooLong.Message.ShouldContain("The notes have 100,001 characters; at most 100,000 can be saved.");
        badId.Message.ShouldContain("'../etc/passwd' is not a saved report id");
        (await store.GetAsync("../etc/passwd", Token)).ShouldBeNull();
        (await store.GetAsync("", Token)).ShouldBeNull();
        (await store.GetAsync("ABCDEF012345", Token)).ShouldBeNull("ids are lower-case");
        (await store.ListAsync(0, 10, Token)).Total.ShouldBe(0, "nothing was saved");
        var exactly = await store.SaveAsync(Draft("t", new string('x', SavedReportDraft.MaxNotesLength)), "alice", Token);
        (await store.GetAsync(exactly.Report!.Id, Token))!.Notes.Length.ShouldBe(SavedReportDraft.MaxNotesLength);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrate_EmptyDatabase_CreatesTheTableAndTheSnapshotMatchesTheModel(string provider)
    {
        var factory = databases.Factory(provider);
        if (factory.Provider == RunStoreProvider.PostgreSql)
        {
            await using var reset = factory.CreateContext();
            await reset.Database.EnsureDeletedAsync(Token); // the class's database, from nothing
        }

        TestStore.Reader(factory).Open(Epoch, "test"); // what the server does at start: migrate
        await using var db = factory.CreateContext();

        (await db.Database.GetAppliedMigrationsAsync(Token)).Select(m => m[15..]).ShouldBe(["Initial", "SavedReports"]);
        db.Database.HasPendingModelChanges().ShouldBeFalse("the model snapshot matches the model");
        var store = new EfSavedReportStore(factory);
        var saved = (await store.SaveAsync(Draft("after migration", "ü ✓"), null, Token)).Report!;
        (await store.GetAsync(saved.Id, Token))!.Notes.ShouldBe("ü ✓");
    }
}
