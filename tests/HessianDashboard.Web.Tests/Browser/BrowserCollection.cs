using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary>Browser tests share one host and one Chromium, and run one class at a time (2-core CI).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<DashboardServer>, ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "Browser";
}
