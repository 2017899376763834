using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>The synthetic lab in Chromium against the real host and runner: a run watched live to its end.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class LabPageBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    private const float Timeout = 60_000;

    // The ApexCharts instance drawn in the ladder's card, asked through our charts.js (it may paint on a canvas).
    private const string LadderPointsInTheBrowser = """
        async () => {
          const charts = await import('/js/charts.js');
          return charts.pointCount(document.querySelector('[data-testid=ladder-full] .hd-chart'));
        }
        """;

    [Fact]
    public async Task Lab_CustomSpectrumFullOnly_RunsToTheEndWithTheWholeLadderLive()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var (page, errors) = await chromium.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        await page.AddInitScriptAsync("localStorage.setItem('hessian-dashboard.theme', 'dark')");
        await page.GotoAsync(server.Address + "lab");
        await page.WaitForSelectorAsync("body[data-interactive=true]");

        // Custom spectrum (the default kind), n = 100, only the Full variant, m = 100.
        (await page.InnerTextAsync("[data-testid=lab-kind]")).ShouldContain("Custom");
        await page.FillAsync("input[data-testid=lab-n]", "100");
        foreach (string other in new[] { "double", "none", "selective" })
            await page.UncheckAsync($"input[data-testid=variant-{other}]");
        await page.FillAsync("input[data-testid=lab-m]", "100");
        await page.WaitForSelectorAsync("[data-testid=lab-run]:not([disabled])");
        await page.ClickAsync("[data-testid=lab-run]");

        await page.WaitForSelectorAsync("[data-testid=lab-run-view]");
        page.Url.ShouldMatch("/lab/[0-9a-f]{12}$");
        await page.WaitForSelectorAsync("[data-testid=run-progress][data-progress='100'][data-state=Succeeded]");
        await page.WaitForSelectorAsync("[data-testid=ladder-full][data-point-count='5050']");
        (await page.EvaluateAsync<int>(LadderPointsInTheBrowser)).ShouldBe(5050, "Σ_{k=1..100} k Ritz values");
        (await page.QuerySelectorAllAsync("[data-testid^=ladder-]")).Count.ShouldBe(1);
        await page.WaitForSelectorAsync("[data-testid=lab-scores]");
        (await page.InnerTextAsync("[data-testid=lab-scores]")).ShouldContain("100 / 100");
        await page.WaitForSelectorAsync("[data-testid=slq-density]");

        await page.WaitForTimeoutAsync(500); // let the last chart animations settle for the picture
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("lab.png"), FullPage = true });
        errors.ShouldBeEmpty();
    }
}
