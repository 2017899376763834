using HessianDashboard.Experiments.Jobs.Store;

namespace HessianDashboard.Storage.Tests;

/// <summary>The saved report contract's own checks: what a draft may hold, what an id looks like, who may change a report.</summary>
public class SavedReportDraftTests
{
    private static readonly SavedReportDraft Valid = new() { Title = "Review", View = "runs=aaaaaaaaaaaa", Notes = "## ok 🧮" };

    [Fact]
    public void Validate_EachProblem_IsOneSentenceNamingIt()
    {
        Valid.Validate().ShouldBeEmpty();
        (Valid with { Notes = new string('x', SavedReportDraft.MaxNotesLength) }).Validate().ShouldBeEmpty();

        (Valid with { Notes = new string('x', 123_456) }).Validate().ShouldBe(["The notes have 123,456 characters; at most 100,000 can be saved. Shorten them, or split the report."]);
        (Valid with { Notes = "a\0b" }).Validate().ShouldBe(["The notes contain a NUL character, which cannot be saved."]);
        (Valid with { Notes = "half a pair \ud83e" }).Validate().ShouldBe(["The notes contain a broken character (an unpaired UTF-16 surrogate), which cannot be saved."]);
        (Valid with { Title = " " }).Validate().ShouldBe(["A saved report needs a title."]);
        (Valid with { Title = new string('t', 201) }).Validate().ShouldBe(["The title has 201 characters; at most 200 are saved."]);
        (Valid with { View = new string('v', 4001) }).Validate().ShouldBe(["The view has 4001 characters; at most 4000 are saved."]);
        (Valid with { Id = "ABCDEF012345" }).Validate().ShouldBe(["'ABCDEF012345' is not a saved report id (12 characters 0-9 and a-f)."]);
        (Valid with { Id = "0123456789abc" }).Validate().Count.ShouldBe(1);
        (Valid with { Id = "0123456789ab" }).Validate().ShouldBeEmpty();
    }

    [Fact]
    public void Ids_New_AreTwelveLowerCaseHexCharactersAndDiffer()
    {
        var ids = Enumerable.Range(0, 200).Select(_ => SavedReportIds.New()).ToList();

        ids.ShouldAllBe(id => SavedReportIds.IsValid(id));
        ids.Distinct().Count().ShouldBe(200);
        SavedReportIds.IsValid(null).ShouldBeFalse();
        SavedReportIds.IsValid("0123456789ag").ShouldBeFalse();
    }

    [Theory]
    [InlineData("alice", "alice", true)]
    [InlineData("alice", "bob", false)]
    [InlineData("alice", "Alice", false)]
    [InlineData("alice", null, true)]
    [InlineData(null, "bob", true)]
    public void MayChange_OwnerOrOwnerlessOrAnonymousCaller(string? owner, string? user, bool may) =>
        SavedReport.MayChange(owner, user).ShouldBe(may);
}
