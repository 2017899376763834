using Microsoft.JSInterop;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>
/// What <c>charts.js</c> calls (through a <see cref="DotNetObjectReference{T}"/>) when the user zooms, pans or resets a
/// chart; it forwards the range to its <see cref="ApexChart"/>. Kept apart so the chart component exposes no
/// JS-invokable method of its own.
/// </summary>
internal sealed class ChartZoomRelay(Func<AxisRange?, Task> onZoomed)
{
    /// <summary>The x range shown now; both null after a reset (or when the browser reports no finite range).</summary>
    [JSInvokable]
    public Task OnZoomed(double? min, double? max) => onZoomed(AxisRange.Of(min, max));
}
