using HessianDashboard.Web.Components.Charts;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// The y min / y max fields of a compare chart. The fields show the view's range (and follow it when the link
/// changes it); Apply reports a valid range (<see cref="YRangeInput"/>), or shows why the text is not one and
/// reports nothing; Reset reports null (automatic).
/// </summary>
public sealed partial class YRangeControl
{
    private string? _min;
    private string? _max;
    private string? _error;
    private AxisRange? _shown;
    private bool _initialised;

    /// <summary>The view's y range now; null = automatic.</summary>
    [Parameter]
    public AxisRange? Range { get; set; }

    /// <summary>Whether the axis is logarithmic (then both ends must be positive).</summary>
    [Parameter]
    public bool LogY { get; set; }

    /// <summary>Called with the new range, or null for the automatic one.</summary>
    [Parameter]
    public EventCallback<AxisRange?> OnApply { get; set; }

    /// <summary>Why the last Apply changed nothing, or null (for tests).</summary>
    internal string? Error => _error;

    protected override void OnParametersSet()
    {
        if (_initialised && Range == _shown) return;
        (_initialised, _shown, _error) = (true, Range, null);
        (_min, _max) = Range is { } r ? (YRangeInput.Format(r.Min), YRangeInput.Format(r.Max)) : (null, null);
    }

    private async Task ApplyAsync()
    {
        var (range, error) = YRangeInput.Parse(_min, _max, LogY);
        _error = error;
        if (range is not null && range != Range) await OnApply.InvokeAsync(range);
    }

    private async Task ResetAsync()
    {
        (_min, _max, _error) = (null, null, null);
        if (Range is not null) await OnApply.InvokeAsync(null);
    }
}
