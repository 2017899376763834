using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>Signing in through the form on a server bound to every interface, in a real Chromium.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class LoginBrowserTests(SecuredDashboardServer server, ChromiumBrowser chromium) : IClassFixture<SecuredDashboardServer>
{
    private const float Timeout = 30_000;

    [Fact]
    public async Task Login_ThroughTheForm_ShowsTheDashboardWithTheUserNameAndSignsOutWithoutConsoleErrors()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var (page, errors) = await chromium.NewPageAsync();
        page.SetDefaultTimeout(Timeout);

        await page.GotoAsync(server.Address + "runs");
        await page.WaitForSelectorAsync("[data-testid=login-form]");
        new Uri(page.Url).PathAndQuery.ShouldBe("/login?ReturnUrl=%2Fruns");
        await page.FillAsync("#login-name", SecuredDashboardServer.UserName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("login.png") });

        await page.FillAsync("#login-password", "not the password");
        await page.ClickAsync("[data-testid=login-submit]");
        (await page.TextContentAsync("[data-testid=login-error]"))!.ShouldContain("The name or password is wrong.");

        await page.FillAsync("#login-name", SecuredDashboardServer.UserName);
        await page.FillAsync("#login-password", SecuredDashboardServer.Password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(server.Address + "runs");
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        (await page.TextContentAsync("[data-testid=user-name]")).ShouldBe(SecuredDashboardServer.UserName);

        await page.ClickAsync("[data-testid=logout]");
        await page.WaitForSelectorAsync("[data-testid=login-form]");
        new Uri(page.Url).AbsolutePath.ShouldBe("/login");
        await page.GotoAsync(server.Address.ToString());
        await page.WaitForSelectorAsync("[data-testid=login-form]");
        errors.ShouldBeEmpty();
    }
}
