using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;

namespace HessianDashboard.Storage.Tests.TestSupport;

/// <summary>
/// Seven runs for the history queries, submitted an hour apart (r1 first), with ids <c>c0ffee00000k</c>:
/// <code>
/// r  kind                 state        owner  tags               request                      duration
/// 1  lanczos              succeeded    ada    baseline           n = 100, full                5 s
/// 2  lanczos              failed       bob    baseline, paper    n = 200, none                1 s   notes "Diverged badly"
/// 3  spectrum-comparison  succeeded    ada    Paper              spectrum n = 300             10 s
/// 4  lanczos              running      —      —                  n = 400, selective           —
/// 5  lanczos              queued       ada    BASELINE           n = 500, full                —
/// 6  convergence-study    cancelled    bob    —                  n = 250                      3 s
/// 7  lanczos              interrupted  ada    —                  n = 50, double               20 s
/// </code>
/// </summary>
public static class HistorySeed
{
    public static string Id(int k) => $"c0ffee{k:D6}";

    public static DateTimeOffset Submitted(int k) => RunSamples.Epoch.AddHours(k);

    public static IReadOnlyList<string> Ids(params int[] ks) => [.. ks.Select(Id)];

    public static void Write(IRunStore store)
    {
        Save(store, 1, RunState.Succeeded, "ada", ["baseline"], RunSamples.Lanczos(100, Reorthogonalization.Full), "Lanczos full n=100", 5);
        Save(store, 2, RunState.Failed, "bob", ["baseline", "paper"], RunSamples.Lanczos(200, Reorthogonalization.None), "Lanczos none n=200", 1,
            notes: "Diverged badly");
        Save(store, 3, RunState.Succeeded, "ada", ["Paper"], new SpectrumComparisonRequest { Spectrum = new(SpectrumKind.Custom, 300, 0) },
            "Comparison of variants n=300", 10, kind: "spectrum-comparison");
        Save(store, 4, RunState.Running, null, [], RunSamples.Lanczos(400, Reorthogonalization.Selective), "Lanczos selective n=400", null);
        Save(store, 5, RunState.Queued, "ada", ["BASELINE"], RunSamples.Lanczos(500, Reorthogonalization.Full), "Lanczos full n=500", null);
        Save(store, 6, RunState.Cancelled, "bob", [], new ConvergenceStudyRequest { N = 250 }, "Convergence study n=250", 3, kind: "convergence-study");
        Save(store, 7, RunState.Interrupted, "ada", [], RunSamples.Lanczos(50, Reorthogonalization.Double), "Lanczos double n=50", 20);
    }

    private static void Save(IRunStore store, int k, RunState state, string? owner, IReadOnlyList<string> tags,
        Experiments.Common.IExperimentRequest request, string title, int? seconds, string kind = "lanczos", string? notes = null)
    {
        var info = RunSamples.Info(Id(k), state, Submitted(k), request, kind, owner, tags, title, notes,
            seconds is { } s ? TimeSpan.FromSeconds(s) : null);
        store.Save(new RunWrite(info, k, [RunSamples.Queued(info.Id, info.SubmittedAt)], state.IsTerminal()));
    }
}
