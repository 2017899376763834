using Bunit;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace HessianDashboard.Web.Tests.Components.Charts;

/// <summary>
/// <see cref="ApexChart.OnZoomed"/> and <see cref="ApexChart.InitialXRange"/>: what <c>create</c> receives, what a zoom
/// report from the browser becomes, and that the browser's handle on .NET is released with the chart.
/// </summary>
public sealed class ApexChartZoomTests : BunitContext
{
    private const int ChartId = 3;
    private readonly BunitJSModuleInterop _module;
    private readonly List<AxisRange?> _zooms = [];

    public ApexChartZoomTests()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        _module = JSInterop.SetupModule(ApexChart.ModulePath);
        _module.Setup<int>("create", _ => true).SetResult(ChartId);
        _module.SetupVoid("dispose", _ => true).SetVoidResult();
    }

    private IRenderedComponent<ApexChart> RenderChart(bool listen, AxisRange? initial = null) => Render<ApexChart>(p =>
    {
        p.Add(c => c.Options, new ApexChartOptions()).Add(c => c.InitialXRange, initial).AddCascadingValue(ChartThemeMode.Light);
        if (listen) p.Add(c => c.OnZoomed, EventCallback.Factory.Create<AxisRange?>(this, range => _zooms.Add(range)));
    });

    [Fact]
    public async Task OnZoomed_BrowserReportsRangesAndResets_TheCallbackGetsRangesAndNull()
    {
        var cut = RenderChart(listen: true);
        var relay = _module.VerifyInvoke("create").Arguments[2].ShouldBeOfType<DotNetObjectReference<ChartZoomRelay>>();

        await cut.InvokeAsync(() => relay.Value.OnZoomed(0.5, 2.25));
        await cut.InvokeAsync(() => relay.Value.OnZoomed(null, null));
        await cut.InvokeAsync(() => relay.Value.OnZoomed(3, 1));

        _zooms.ShouldBe([new AxisRange(0.5, 2.25), null, null], "a reset, and a range that is none, report null");
    }

    [Fact]
    public void Create_WithoutAListener_SendsNoHandleAndNoZoom()
    {
        RenderChart(listen: false);

        var create = _module.VerifyInvoke("create");
        create.Arguments[2].ShouldBeNull();
        create.Arguments[3].ShouldBeNull();
    }

    [Fact]
    public void Create_WithAnInitialRange_SendsIt()
    {
        RenderChart(listen: false, initial: new AxisRange(-1, 4.5));

        _module.VerifyInvoke("create").Arguments[3].ShouldBe(new AxisRange(-1, 4.5));
    }

    [Fact]
    public async Task Dispose_TheChart_ReleasesTheHandleTheBrowserHeld()
    {
        var cut = RenderChart(listen: true);
        var relay = _module.VerifyInvoke("create").Arguments[2].ShouldBeOfType<DotNetObjectReference<ChartZoomRelay>>();

        await cut.Instance.DisposeAsync();

        _module.VerifyInvoke("dispose").Arguments.ShouldBe([ChartId]);
        Should.Throw<ObjectDisposedException>(() => relay.Value);
    }
}
