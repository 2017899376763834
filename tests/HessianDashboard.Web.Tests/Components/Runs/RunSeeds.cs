using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Runs;

/// <summary>
/// The history the Runs page tests query: five labelled runs (January 2026) and twenty older fillers, all real runs
/// re-dated. a1…a5 differ in kind, state, tags, owner, notes, size and duration; b00…b19 are the same 40-step Lanczos run.
/// </summary>
internal static class RunSeeds
{
    public const string A1 = "a00000000001", A2 = "a00000000002", A3 = "a00000000003", A4 = "a00000000004", A5 = "a00000000005";

    public static readonly DateTimeOffset January = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    public static string Filler(int i) => $"b0000000{i:00}00";

    /// <summary>Every seeded id, newest submission first.</summary>
    public static IReadOnlyList<string> NewestFirst => [A5, A4, A3, A2, A1, .. Enumerable.Range(0, 20).Reverse().Select(Filler)];

    /// <summary>Stores the history through <paramref name="save"/>; a5 is stored running, so opening the store interrupts it.</summary>
    public static async Task SeedAsync(Action<RunInfo, IReadOnlyList<RunEvent>> save, Func<RunInfo, string, DateTimeOffset, TimeSpan, Func<RunInfo, RunInfo>?, RunInfo> retell)
    {
        var (lanczos, lanczosEvents) = await RealRuns.LanczosAsync();
        var (large, largeEvents) = await RealRuns.LargeLanczosAsync();
        var (comparison, comparisonEvents) = await RealRuns.ComparisonAsync();
        for (int i = 0; i < 20; i++)
            save(retell(lanczos, Filler(i), new DateTimeOffset(2026, 1, 1, 12, i, 0, TimeSpan.Zero), TimeSpan.FromSeconds(30 + i), null), lanczosEvents);
        save(retell(lanczos, A1, January, TimeSpan.FromSeconds(5), r => r with
        {
            Tags = ["baseline"], Owner = "ada", Notes = "First look at the *ladder*.",
        }), lanczosEvents);
        save(retell(large, A2, January.AddDays(1), TimeSpan.FromSeconds(20), r => r with { Tags = ["baseline", "large"], Owner = "bob" }), largeEvents);
        save(retell(comparison, A3, January.AddDays(2), TimeSpan.FromSeconds(1), r => r with { Tags = ["meeting"] }), comparisonEvents);
        save(retell(lanczos, A4, January.AddDays(3), TimeSpan.FromSeconds(2), r => r with
        {
            State = RunState.Failed, Result = null, Error = "The matrix file is not symmetric.", Progress = 0.25,
        }), [.. lanczosEvents.Take(5)]);
        // Running when "the server died": 10 steps stored, no finish.
        save(retell(lanczos, A5, January.AddDays(4), TimeSpan.Zero, r => r with
        {
            State = RunState.Running, Result = null, FinishedAt = null, Elapsed = null, Progress = 0.25, Manifest = null,
        }), [.. lanczosEvents.Take(12)]);
    }
}
