using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// Debian's Chromium driven by Playwright (never <c>playwright install</c>): one browser per test class.
/// When <see cref="ExecutablePath"/> is missing, <see cref="Browser"/> is null and browser tests skip.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string MissingReason =
        $"{ExecutablePath} is not installed (apt-get install -y chromium); .ci/run installs it, so CI runs these tests.";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public async ValueTask InitializeAsync()
    {
        if (!IsInstalled) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }

    /// <summary>A fresh page (own storage) that records console errors and uncaught exceptions.</summary>
    /// <summary>
    /// Skips without Chromium (and without shared/data when <paramref name="needsData"/>), opens <paramref name="path"/>
    /// of <paramref name="server"/> in a new page (dark theme when asked) and waits until Blazor is interactive.
    /// </summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(DashboardServer server, string path, float timeout, bool needsData = true, bool dark = false)
    {
        ArgumentNullException.ThrowIfNull(server);
        Assert.SkipUnless(IsInstalled, MissingReason);
        if (needsData) _ = HessianDashboard.Torch.Tests.Data.TestSupport.SharedData.DataDirectory; // skips without shared/data
        var (page, errors) = await NewPageAsync();
        page.SetDefaultTimeout(timeout);
        if (dark) await page.AddInitScriptAsync("localStorage.setItem('hessian-dashboard.theme', 'dark')");
        await page.GotoAsync(server.Address + path);
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        return (page, errors);
    }

    public async Task<(IPage Page, List<string> Errors)> NewPageAsync()
    {
        var browser = Browser ?? throw new InvalidOperationException(MissingReason);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
            ColorScheme = ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (errors) errors.Add($"console: {message.Text}");
        };
        page.PageError += (_, error) =>
        {
            lock (errors) errors.Add($"page error: {error}");
        };
        return (page, errors);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
