using System.Net;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>The real host on <paramref name="bind"/> with the given settings, for tests that need a server of their own.</summary>
public sealed class ConfiguredDashboardServer(IPAddress bind, IReadOnlyDictionary<string, string?> settings) : DashboardServer(bind, settings);
