using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Data.Location;

namespace HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

/// <summary>
/// What the form says next to a data set's checkbox, from <see cref="DataLocator.GetStatus(DatasetDescriptor)"/> (disk
/// only, as on the data page): present, only its test split (which then stands in for the training split), downloaded
/// when needed, or missing — which the run skips when <see cref="Experiments.Chapter4.ExactVsLanczosRequest.SkipMissingData"/>.
/// </summary>
/// <param name="Id">The data-set id (mnist …).</param>
/// <param name="DisplayName">Its name (MNIST …).</param>
/// <param name="Usable">True when a run can use it without a download.</param>
/// <param name="Hint">One line for the checkbox.</param>
/// <param name="Advice">What to put where when something is missing; null when complete.</param>
public sealed record DatasetAvailability(string Id, string DisplayName, bool Usable, string Hint, string? Advice)
{
    /// <summary>The image data sets in form order.</summary>
    public static IReadOnlyList<DatasetAvailability> Of(DataLocator locator, bool skipMissing)
    {
        ArgumentNullException.ThrowIfNull(locator);
        return [.. NetworkData.ImageIds.Select(id => Of(locator.GetStatus(NetworkData.Describe(id)), skipMissing))];
    }

    /// <summary>The hint for one data set's status.</summary>
    public static DatasetAvailability Of(DatasetStatus status, bool skipMissing)
    {
        ArgumentNullException.ThrowIfNull(status);
        var d = status.Dataset;
        string hint = status switch
        {
            { IsComplete: true } => $"available ({Where(status)})",
            { IsUsable: true, CanDownload: true } => $"test split here ({Where(status)}); the training split is downloaded when the run needs it",
            { IsUsable: true } => $"only the test split ({Where(status)}): it stands in for the training split, and the result says so",
            { CanDownload: true } => "not on this server: downloaded from the canonical source when the run needs it",
            _ => skipMissing
                ? "missing on this server: the run skips it (see the data page for what to put where)"
                : "missing on this server: the run fails when it reaches it (tick \"skip missing data sets\" to skip it)",
        };
        return new DatasetAvailability(d.Id, d.DisplayName, status.IsUsable, hint, status.IsComplete ? null : status.Advice);
    }

    private static string Where(DatasetStatus status) =>
        string.Join(", ", status.Splits.Where(s => s.Found is not null).Select(s => s.Found!.Source).Distinct().Select(Pages.Networks.DataPage.Where));
}
