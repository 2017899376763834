using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>The studies page in Chromium: both quick studies run as jobs to the end and are drawn.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class StudiesPageBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    private const float Timeout = 120_000;

    [Fact]
    public async Task Studies_QuickPresets_RunToTheEndAndDrawEveryChart()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var (page, errors) = await chromium.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        await page.AddInitScriptAsync("localStorage.setItem('hessian-dashboard.theme', 'dark')");
        await page.GotoAsync(server.Address + "studies");
        await page.WaitForSelectorAsync("body[data-interactive=true]");

        foreach (string study in new[] { "runtime", "convergence" })
        {
            await page.ClickAsync($"[data-testid={study}-quick]");
            await page.WaitForSelectorAsync($"[data-testid={study}-launch]:not([disabled])");
            await page.ClickAsync($"[data-testid={study}-launch]");
        }

        foreach (string study in new[] { "runtime", "convergence" })
            await page.WaitForSelectorAsync($"[data-testid={study}-study] [data-testid=run-progress][data-progress='100'][data-state=Succeeded]");
        // Each chart becomes ready on its own time in the browser: wait for all of them, never count once.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=runtime-charts] [data-chart-ready=true] .apexcharts-canvas').length === 2");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=convergence-charts] [data-chart-ready=true]').length === 4");

        await page.WaitForTimeoutAsync(500); // let the charts' animations settle for the picture
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("studies.png"), FullPage = true });
        errors.ShouldBeEmpty();
    }
}
