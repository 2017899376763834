using System.Runtime.CompilerServices;
using Bunit;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// bUnit's "WaitFor" operations (WaitForAssertion, WaitForElement, WaitForState) without an explicit timeout wait
/// <see cref="BunitContext.DefaultWaitTimeout"/>. In CI every test assembly runs at once on 2 cores beside Chromium,
/// so a component's background work can take seconds to render; a wait only costs its time when it fails, so the
/// default is generous here.
/// </summary>
internal static class BunitWaits
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    [ModuleInitializer]
    internal static void Initialize() => BunitContext.DefaultWaitTimeout = Default;
}
