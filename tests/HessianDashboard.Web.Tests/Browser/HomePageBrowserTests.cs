using HessianDashboard.Web.Hosting;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>The home page in a real Chromium against the real host: interactivity, dark mode, chart, exports.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class HomePageBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    private static readonly float Timeout = 30_000;

    private async Task<(IPage Page, List<string> Errors)> OpenHomeAsync()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var (page, errors) = await chromium.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        await page.GotoAsync(server.Address.ToString());
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        await page.WaitForSelectorAsync("[data-chart-ready=true] .apexcharts-canvas");
        return (page, errors);
    }

    [Fact]
    public async Task Home_ToggleDarkMode_ThemeAndChartFollowWithoutConsoleErrors()
    {
        var (page, errors) = await OpenHomeAsync();
        (await page.GetAttributeAsync("body", "data-theme")).ShouldBe("light");

        await page.ClickAsync("[data-testid=theme-toggle]");

        await page.WaitForSelectorAsync("body[data-theme=dark]");
        await page.WaitForFunctionAsync("() => document.querySelector('.apexcharts-canvas')?.classList.contains('apexcharts-theme-dark')");
        (await page.EvaluateAsync<string>("() => localStorage.getItem('hessian-dashboard.theme')")).ShouldBe("dark");
        await page.SetViewportSizeAsync(1280, 1100);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("home.png"), FullPage = true });

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        await page.WaitForSelectorAsync("body[data-theme=dark]");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Home_ExportMenuCsv_DownloadsTheSeriesBuiltOnTheServer()
    {
        var (page, errors) = await OpenHomeAsync();

        await page.ClickAsync("[data-testid=chart-export] button");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("CSV data").ClickAsync());

        download.SuggestedFilename.ShouldBe("custom-spectrum.csv");
        string csv = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("series,x,y");
        lines.Length.ShouldBe(1 + 3000);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Home_ExportMenuPng_DownloadsAPngRenderedByTheBrowser()
    {
        var (page, errors) = await OpenHomeAsync();

        await page.ClickAsync("[data-testid=chart-export] button");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("PNG image").ClickAsync());

        download.SuggestedFilename.ShouldBe("custom-spectrum.png");
        byte[] png = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        png.Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        errors.ShouldBeEmpty();
    }
}
