using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// Edits a <see cref="RunsView"/>'s filters. Every change raises <see cref="ViewChanged"/> with the new view on its first
/// page; a parameter filter that does not parse stays in its field with the reason under it.
/// </summary>
public sealed partial class RunsFilterBar
{
    private string? _tag;
    private string? _parameter;
    private string? _parameterError;
    private DateRange? _range;

    /// <summary>The view whose filters are shown.</summary>
    [Parameter, EditorRequired]
    public RunsView View { get; set; } = RunsView.Default;

    /// <summary>The kinds offered (the catalog's).</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> Kinds { get; set; } = [];

    /// <summary>The tags in use, most used first (suggestions).</summary>
    [Parameter]
    public IReadOnlyList<TagCount> Tags { get; set; } = [];

    /// <summary>Raised with the edited view (page reset to the first).</summary>
    [Parameter]
    public EventCallback<RunsView> ViewChanged { get; set; }

    protected override void OnParametersSet() =>
        _range = View.From is null && View.To is null
            ? null
            : new DateRange(View.From?.ToDateTime(TimeOnly.MinValue), View.To?.ToDateTime(TimeOnly.MinValue));

    private Task ChangeAsync(RunsView view) => ViewChanged.InvokeAsync(view with { Page = 0 });

    private Task SetKinds(IEnumerable<string>? kinds) => ChangeAsync(View with { Kinds = [.. kinds ?? []] });

    private Task SetStates(IEnumerable<RunState>? states) => ChangeAsync(View with { States = [.. (states ?? []).Order()] });

    private Task SetText(string? text) =>
        string.Equals(text?.Trim() ?? "", View.Text ?? "", StringComparison.Ordinal)
            ? Task.CompletedTask
            : ChangeAsync(View with { Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, RunsViewQuery.MaxTextLength)] });

    private Task SetRange(DateRange? range) => ChangeAsync(View with
    {
        From = range?.Start is { } start ? DateOnly.FromDateTime(start) : null,
        To = range?.End is { } end ? DateOnly.FromDateTime(end) : null,
    });

    private Task<IEnumerable<string>> SearchTags(string? text, CancellationToken cancellationToken)
    {
        var tags = Tags.Select(t => t.Tag).Where(t => !View.Tags.Contains(t, StringComparer.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(text)) tags = tags.Where(t => t.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(tags);
    }

    private async Task TagKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await AddTagAsync();
    }

    private async Task AddTagAsync()
    {
        if (RunTags.Normalize([_tag]) is not [var tag]) return;
        _tag = null;
        if (View.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase) || View.Tags.Count >= RunsViewQuery.MaxValues) return;
        await ChangeAsync(View with { Tags = [.. View.Tags, tag] });
    }

    private Task RemoveTagAsync(string tag) => ChangeAsync(View with { Tags = [.. View.Tags.Where(t => t != tag)] });

    private async Task ParameterKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await AddParameterAsync();
    }

    private async Task AddParameterAsync()
    {
        if (string.IsNullOrWhiteSpace(_parameter))
        {
            _parameterError = null;
            return;
        }
        if (ParameterFilter.TryParse(_parameter, out string? error) is not { } filter)
        {
            _parameterError = error;
            return;
        }
        (_parameter, _parameterError) = (null, null);
        if (View.Parameters.Contains(filter) || View.Parameters.Count >= RunsViewQuery.MaxValues) return;
        await ChangeAsync(View with { Parameters = [.. View.Parameters, filter] });
    }

    private Task RemoveParameterAsync(ParameterFilter filter) => ChangeAsync(View with { Parameters = [.. View.Parameters.Where(p => p != filter)] });

    private Task ClearAsync()
    {
        (_tag, _parameter, _parameterError) = (null, null, null);
        return ChangeAsync(View with { Kinds = [], States = [], Tags = [], From = null, To = null, Text = null, Parameters = [] });
    }
}
