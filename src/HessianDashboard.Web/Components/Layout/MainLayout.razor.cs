using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Interop;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MudBlazor;

namespace HessianDashboard.Web.Components.Layout;

/// <summary>
/// App bar (title, dark-mode toggle), navigation drawer and the MudBlazor providers. Cascades the
/// <see cref="ChartThemeMode"/> so charts follow the theme.
/// </summary>
public sealed partial class MainLayout : IAsyncDisposable
{
    private readonly MudTheme _theme = new();
    private bool _drawerOpen = true;
    private bool _isDarkMode;
    private IJSObjectReference? _module;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private ChartThemeMode ThemeMode => _isDarkMode ? ChartThemeMode.Dark : ChartThemeMode.Light;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        // Runs only once the circuit is interactive (never during prerendering).
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/dashboard.js");
        _isDarkMode = await _module.InvokeAsync<string>("readTheme") == "dark";
        StateHasChanged();
        await _module.InvokeVoidAsync("markInteractive");
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private async Task SetDarkModeAsync(bool dark)
    {
        _isDarkMode = dark;
        if (_module is not null) await _module.InvokeVoidAsync("storeTheme", dark ? "dark" : "light");
    }

    public async ValueTask DisposeAsync() => await _module.DisposeQuietlyAsync();
}
