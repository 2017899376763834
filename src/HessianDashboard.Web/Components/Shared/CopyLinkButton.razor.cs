using HessianDashboard.Web.Interop;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace HessianDashboard.Web.Components.Shared;

/// <summary>A "Copy link" button: <c>navigator.clipboard</c> through <c>dashboard.js</c>.</summary>
public sealed partial class CopyLinkButton : IAsyncDisposable
{
    private IJSObjectReference? _module;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The absolute link to copy.</summary>
    [Parameter, EditorRequired]
    public string Url { get; set; } = "";

    [Parameter]
    public string TestId { get; set; } = "copy-link";

    private async Task CopyAsync()
    {
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/dashboard.js");
            await _module.InvokeVoidAsync("copyText", Url);
            Snackbar.Add("Link copied: it reopens exactly this view.", Severity.Success);
        }
        catch (JSException e)
        {
            Snackbar.Add($"The browser did not allow copying ({e.Message}). The link is: {Url}", Severity.Warning);
        }
    }

    public async ValueTask DisposeAsync() => await _module.DisposeQuietlyAsync();
}
