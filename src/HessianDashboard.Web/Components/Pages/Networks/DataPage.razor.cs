using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Web.Components.Pages.Networks;

/// <summary>Every data set and split: found where (from <see cref="DataLocator.GetStatus()"/>, no network), and what to do when missing.</summary>
public sealed partial class DataPage
{
    private IReadOnlyList<DatasetStatus> _statuses = [];

    [Inject]
    private DataLocator Locator { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    protected override void OnInitialized() => _statuses = Locator.GetStatus();

    private static string SplitName(DatasetStatus status, SplitStatus split) =>
        !status.Dataset.HasSplit(DataSplit.Test) ? "text" : split.Split == DataSplit.Train ? "training" : "test";

    private static string Summary(DatasetStatus status) =>
        status.IsComplete ? "available" : status.IsUsable ? "partly available" : "missing";

    private static MudBlazor.Color Color(DatasetStatus status) =>
        status.IsComplete ? MudBlazor.Color.Success : status.IsUsable ? MudBlazor.Color.Info : MudBlazor.Color.Warning;

    // Blazor drops attributes whose value is false: spell both values out for tests and styles.
    private static string Flag(bool value) => value ? "true" : "false";

    internal static string Where(DataSourceKind source) => source switch
    {
        DataSourceKind.DataDirectory => "in the data directory",
        DataSourceKind.SystemLocation => "in a system location",
        DataSourceKind.DownloadCache => "downloaded earlier",
        _ => "downloaded",
    };
}
