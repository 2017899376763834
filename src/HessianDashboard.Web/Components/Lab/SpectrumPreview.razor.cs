using HessianDashboard.Core.Synthetic;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>Debounces spectrum changes (typing "1000" is four changes) and redraws the histogram of the last one.</summary>
public sealed partial class SpectrumPreview : IDisposable
{
    internal static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    private readonly ApexChartOptions _options = new()
    {
        Chart = new ChartSettings { Type = ApexChartType.Area, Height = "260", Toolbar = new ChartVisibility(false) },
        Xaxis = new AxisOptions { Title = new AxisTitle("eigenvalue λ"), TickAmount = 8, Labels = new AxisLabels { Format = TickFormat.Fixed2 } },
        Yaxis = new AxisOptions { Title = new AxisTitle("count"), Labels = new AxisLabels { Format = TickFormat.Integer } },
        Stroke = new StrokeOptions { Curve = "stepline", Width = [1.5] },
        Fill = new FillOptions { Opacity = [0.35] },
        Colors = [LabPalette.Of(HessianDashboard.Core.Spectrum.Reorthogonalization.Full)],
        Legend = new LegendOptions { Show = false },
        DataLabels = ChartToggle.Off,
    };

    private IReadOnlyList<ChartSeries> _series = [];
    private SyntheticSpectrumOptions? _shown;
    private CancellationTokenSource? _pending;
    private string? _subtitle;
    private string? _problem;

    /// <summary>The spectrum to show.</summary>
    [Parameter, EditorRequired]
    public SyntheticSpectrumOptions Spectrum { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (Spectrum == _shown) return; // records compare by value: re-renders of the page change nothing
        _shown = Spectrum;
        _pending?.Cancel();
        _pending?.Dispose();
        _pending = new CancellationTokenSource();
        _ = RedrawLaterAsync(Spectrum, _pending.Token);
    }

    private async Task RedrawLaterAsync(SyntheticSpectrumOptions spectrum, CancellationToken token)
    {
        try
        {
            await Task.Delay(Debounce, token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await InvokeAsync(() =>
        {
            if (token.IsCancellationRequested) return;
            Redraw(spectrum);
            StateHasChanged();
        });
    }

    private void Redraw(SyntheticSpectrumOptions spectrum)
    {
        try
        {
            var lambda = SyntheticSpectrum.Generate(spectrum);
            _series = [new ChartSeries("count", SpectrumHistogram.Of(lambda, SpectrumHistogram.BinCount(lambda.Length)))];
            _subtitle = $"n = {lambda.Length}, from {lambda[0]:0.##} to {lambda[^1]:0.##}";
            _problem = null;
        }
        catch (ArgumentException e)
        {
            _problem = e.Message;
        }
    }

    public void Dispose()
    {
        _pending?.Cancel();
        _pending?.Dispose();
    }
}
