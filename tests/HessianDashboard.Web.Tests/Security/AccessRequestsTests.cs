using HessianDashboard.Web.Access;

namespace HessianDashboard.Web.Tests.Security;

/// <summary>After sign-in the browser goes back only to a page of this site (no open redirect).</summary>
public sealed class AccessRequestsTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/runs", "/runs")]
    [InlineData("/lab/abc?x=1#top", "/lab/abc?x=1#top")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("/runs\\..\\x", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("runs", "/")]
    [InlineData("/runs\r\nSet-Cookie: x=1", "/")]
    public void LocalReturnUrl_OnlyLocalPathsPass(string? returnUrl, string expected) =>
        AccessRequests.LocalReturnUrl(returnUrl).ShouldBe(expected);

    [Theory]
    [InlineData("/_framework/blazor.web.js", true)]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", true)]
    [InlineData("/css/login.css", true)]
    [InlineData("/favicon.svg", true)]
    [InlineData("/css/app.css", false)]
    [InlineData("/js/charts.js", false)]
    [InlineData("/_content/Other/x.js", false)]
    [InlineData("/_framework/../css/app.css", false)]
    public void IsPublicAsset_OnlyTheLoginPagesNeeds(string path, bool expected) => AccessRequests.IsPublicAsset(path).ShouldBe(expected);
}
