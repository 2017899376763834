using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>
/// A live ladder (thesis Fig 3.3): one scatter series per <see cref="RitzRank"/> class, grown by appending only the
/// new steps' points. Its series and options instances never change, so re-renders never resend the whole ladder.
/// </summary>
public sealed partial class LadderChart
{
    private ChartCard? _card;
    private ApexChartOptions _options = new();
    private IReadOnlyList<ChartSeries> _series = [];
    private LiveSeriesBuffer _buffer = new([]);

    /// <summary>The variant (the run's series name).</summary>
    [Parameter, EditorRequired]
    public string Variant { get; set; } = "";

    /// <summary>m, when known, fixes the x axis.</summary>
    [Parameter]
    public int? Steps { get; set; }

    /// <summary>Interior values are drawn every Stride-th step.</summary>
    [Parameter]
    public int Stride { get; set; } = 1;

    private string Subtitle => Stride == 1
        ? "Each × is a Ritz value of T_k; extremes purple, 2nd red, 3rd green"
        : $"Extremes purple, 2nd red, 3rd green every step; interior values every {Ordinal(Stride)} step";

    internal static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };

    protected override void OnInitialized()
    {
        _options = LabCharts.Ladder(Steps);
        _series = [.. RitzRank.Names.Select((name, c) => new ChartSeries(name, []) { Color = RitzRank.Colors[c] })];
        _buffer = new LiveSeriesBuffer(_series);
    }

    /// <summary>Queues new points by colour class (<see cref="LabFeedBatch.Ladders"/>[v]).</summary>
    internal void Add(IReadOnlyList<List<Charts.Config.ChartPoint>> byClass)
    {
        for (int c = 0; c < byClass.Count; c++) _buffer.Add(c, byClass[c]);
    }

    /// <summary>Sends the queued points once the chart exists; true when none are left.</summary>
    internal async Task<bool> FlushAsync()
    {
        int before = _buffer.Sent;
        bool done = await _buffer.FlushAsync(_card?.Chart);
        if (_buffer.Sent != before) StateHasChanged();
        return done;
    }
}
