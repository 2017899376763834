using HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;
using HessianDashboard.Web.Components.Pages.Chapter4;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// Where runs are shown, in one place: the page that shows a run of each kind live (the page that submits that kind and
/// reopens it at <c>/{route}/{id}</c>), the history and a run's detail page. Relative addresses (the app's base is "/").
/// </summary>
public static class RunRoutes
{
    /// <summary>The run history.</summary>
    public const string History = "runs";

    /// <summary>
    /// The live page's route of <paramref name="kind"/> without the id (e.g. <c>lab</c>), or null for kinds no page
    /// reopens by id: Lanczos runs (submitted by hub clients) and the chapter-3 studies (their page shows the newest).
    /// </summary>
    public static string? LivePage(string? kind) => kind switch
    {
        "spectrum-comparison" => "lab",
        "network-spectrum" => "networks/spectrum",
        "train-mlp" or "train-nanogpt" => "networks/train",
        "exact-vs-lanczos" => ExactVsLanczosView.Route,
        "batch-size-study" => "experiments/batch-size",
        "trajectory" => TrajectoryPage.RoutePath,
        "nanogpt-trajectory" => NanoGptPage.RoutePath,
        "block-spectra" => "experiments/blocks",
        _ => null,
    };

    /// <summary>A run's detail page: <c>runs/{id}</c>.</summary>
    public static string Detail(string id) => $"{History}/{Uri.EscapeDataString(id)}";

    /// <summary>Where "Open" goes: the kind's live page for this run, or its detail page when the kind has none.</summary>
    public static string Open(string kind, string id) =>
        LivePage(kind) is { } page ? $"{page}/{Uri.EscapeDataString(id)}" : Detail(id);

    /// <summary>The compare view of <paramref name="ids"/>: <c>compare?runs=a,b</c>.</summary>
    public static string Compare(IEnumerable<string> ids) => "compare?runs=" + JoinIds(ids);

    /// <summary>The review report of <paramref name="ids"/>: <c>report?runs=a,b</c>.</summary>
    public static string Report(IEnumerable<string> ids) => "report?runs=" + JoinIds(ids);

    private static string JoinIds(IEnumerable<string> ids) => string.Join(',', ids.Select(Uri.EscapeDataString));
}
