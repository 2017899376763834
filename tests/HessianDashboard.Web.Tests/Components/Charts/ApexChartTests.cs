using Bunit;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace HessianDashboard.Web.Tests.Components.Charts;

/// <summary>The contract between <see cref="ApexChart"/> and <c>wwwroot/js/charts.js</c>, with strict JS interop.</summary>
public sealed class ApexChartTests : BunitContext
{
    private const int ChartId = 7;
    private readonly BunitJSModuleInterop _module;

    private static readonly ApexChartOptions Options = new() { Chart = new ChartSettings { Type = ApexChartType.Line } };

    private static readonly IReadOnlyList<ChartSeries> Series =
        [new ChartSeries("ritz", [new ChartPoint(1, 2.5), new ChartPoint(2, 3.5)])];

    public ApexChartTests()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        _module = JSInterop.SetupModule(ApexChart.ModulePath);
        _module.Setup<int>("create", _ => true).SetResult(ChartId);
    }

    private IRenderedComponent<ApexChart> RenderChart(ChartThemeMode theme = ChartThemeMode.Light) =>
        Render<ApexChart>(p => p
            .Add(c => c.Options, Options)
            .Add(c => c.Series, Series)
            .AddCascadingValue(theme));

    [Fact]
    public void Render_FirstInteractiveRender_CallsCreateWithTheElementAndTheSeries()
    {
        var cut = RenderChart();

        var create = _module.VerifyInvoke("create");
        create.Arguments[0].ShouldBeOfType<ElementReference>().Id.ShouldNotBeNullOrEmpty();
        var options = create.Arguments[1].ShouldBeOfType<ApexChartOptions>();
        options.Series.ShouldNotBeNull().ShouldBe(Series);
        options.Chart!.Type.ShouldBe(ApexChartType.Line);
        options.Theme!.Mode.ShouldBe(ChartThemeMode.Light);
        cut.Instance.IsCreated.ShouldBeTrue();
        cut.Find("div.hd-chart").GetAttribute("data-chart-ready").ShouldBe("true");
    }

    [Fact]
    public void Render_DarkThemeCascaded_CreatesTheChartDark()
    {
        RenderChart(ChartThemeMode.Dark);

        var options = _module.VerifyInvoke("create").Arguments[1].ShouldBeOfType<ApexChartOptions>();
        options.Theme!.Mode.ShouldBe(ChartThemeMode.Dark);
    }

    [Fact]
    public async Task UpdateSeriesAsync_AfterCreate_CallsUpdateSeriesWithTheChartId()
    {
        _module.SetupVoid("updateSeries", _ => true).SetVoidResult();
        var cut = RenderChart();
        IReadOnlyList<ChartSeries> next = [new ChartSeries("ritz", [new ChartPoint(1, 9)])];

        await cut.InvokeAsync(() => cut.Instance.UpdateSeriesAsync(next));

        var update = _module.VerifyInvoke("updateSeries");
        update.Arguments[0].ShouldBe(ChartId);
        update.Arguments[1].ShouldBe(next);
        cut.Instance.CurrentSeries.ShouldBe(next);
    }

    [Fact]
    public async Task AppendAsync_AfterCreate_AppendsByPositionAndKeepsTheWholeSeries()
    {
        _module.SetupVoid("appendData", _ => true).SetVoidResult();
        var cut = RenderChart();

        await cut.InvokeAsync(() => cut.Instance.AppendAsync([new ChartSeries("ritz", [new ChartPoint(3, 4.5)])]));

        _module.VerifyInvoke("appendData").Arguments[0].ShouldBe(ChartId);
        cut.Instance.CurrentSeries.Single().Data.Select(p => p.X).ShouldBe([1.0, 2.0, 3.0]);
    }

    [Fact]
    public async Task SetThemeAsync_AfterCreate_CallsSetThemeWithTheMode()
    {
        _module.SetupVoid("setTheme", _ => true).SetVoidResult();
        var cut = RenderChart();

        await cut.InvokeAsync(() => cut.Instance.SetThemeAsync(ChartThemeMode.Dark));

        var call = _module.VerifyInvoke("setTheme");
        call.Arguments.ShouldBe([ChartId, ChartThemeMode.Dark]);
    }

    [Fact]
    public async Task DisposeAsync_AfterCreate_CallsDisposeWithTheChartId()
    {
        _module.SetupVoid("dispose", _ => true).SetVoidResult();
        var cut = RenderChart();

        await cut.Instance.DisposeAsync();

        _module.VerifyInvoke("dispose").Arguments.ShouldBe([ChartId]);
        cut.Instance.IsCreated.ShouldBeFalse();
    }

    [Fact]
    public async Task DisposeAsync_CircuitGone_DoesNotThrow()
    {
        _module.SetupVoid("dispose", _ => true).SetException(new JSDisconnectedException("The circuit is gone."));
        var cut = RenderChart();

        await Should.NotThrowAsync(async () => await cut.Instance.DisposeAsync());
    }

    [Fact]
    public async Task DisposeAsync_CallCancelled_DoesNotThrow()
    {
        _module.SetupVoid("dispose", _ => true).SetCanceled();
        var cut = RenderChart();

        await Should.NotThrowAsync(async () => await cut.Instance.DisposeAsync());
    }

    [Fact]
    public async Task DisposeAsync_WhileTheBrowserIsCreatingTheChart_RemovesTheChartOnceCreatedWithoutThrowing()
    {
        using var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Strict;
        var module = context.JSInterop.SetupModule(ApexChart.ModulePath);
        var create = module.Setup<int>("create", _ => true); // left pending: the browser is still creating
        module.SetupVoid("dispose", _ => true).SetVoidResult();
        var cut = context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series));

        await cut.Instance.DisposeAsync();
        await cut.InvokeAsync(() => create.SetResult(ChartId));

        cut.WaitForAssertion(() => module.VerifyInvoke("dispose").Arguments.ShouldBe([ChartId], "the chart created after the component was disposed is removed"));
        cut.Instance.IsCreated.ShouldBeFalse();
    }

    [Fact]
    public async Task ExportSvgAsync_BeforeCreate_ThrowsInvalidOperation()
    {
        var chart = new ApexChart();

        await Should.ThrowAsync<InvalidOperationException>(() => chart.ExportSvgAsync());
    }

    [Fact]
    public void Render_CreateFailsInTheBrowser_ShowsTheErrorInsteadOfThrowing()
    {
        using var context = new BunitContext();
        context.JSInterop.SetupModule(ApexChart.ModulePath)
            .Setup<int>("create", _ => true).SetException(new JSException("Could not load lib/apexcharts/apexcharts.min.js"));

        var cut = context.Render<ApexChart>(p => p.Add(c => c.Options, Options));

        cut.Find("[role=alert]").TextContent.ShouldContain("Could not load lib/apexcharts/apexcharts.min.js");
        cut.Instance.IsCreated.ShouldBeFalse();
    }

    [Fact]
    public void Render_DenseSeries_UsesCanvasRendererWithoutAnimations()
    {
        var dense = Enumerable.Range(0, ChartRenderPolicy.DenseThreshold + 1).Select(i => new ChartPoint(i, i)).ToArray();

        Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, [new ChartSeries("dense", dense)]));

        var options = _module.VerifyInvoke("create").Arguments[1].ShouldBeOfType<ApexChartOptions>();
        options.Chart!.Renderer.ShouldBe(ChartRenderer.Auto);
        options.Chart.RendererThreshold.ShouldBe(ChartRenderPolicy.DenseThreshold);
        options.Chart.Animations.ShouldBe(ChartToggle.Off);
        options.DataLabels.ShouldBe(ChartToggle.Off);
    }

    [Fact]
    public void Render_SeriesChangedWhileTheChartIsBeingCreated_SendsThemOnceCreated()
    {
        using var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Strict;
        var module = context.JSInterop.SetupModule(ApexChart.ModulePath);
        var create = module.Setup<int>("create", _ => true); // pending until SetResult
        module.SetupVoid("updateOptions", _ => true).SetVoidResult();
        var cut = context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series));
        IReadOnlyList<ChartSeries> next = [new ChartSeries("ritz", [new ChartPoint(5, 6)])];

        cut.Render(p => p.Add(c => c.Series, next));
        create.SetResult(ChartId);

        cut.WaitForAssertion(() => module.VerifyInvoke("updateOptions").Arguments[1]
            .ShouldBeOfType<ApexChartOptions>().Series.ShouldBe(next));
        cut.Instance.CurrentSeries.ShouldBe(next);
    }

    [Fact]
    public void Render_NewSeriesParameter_CallsUpdateSeries()
    {
        _module.SetupVoid("updateSeries", _ => true).SetVoidResult();
        var cut = RenderChart();
        IReadOnlyList<ChartSeries> next = [new ChartSeries("ritz", [new ChartPoint(5, 6)])];

        cut.Render(p => p.Add(c => c.Series, next));

        _module.VerifyInvoke("updateSeries").Arguments[1].ShouldBe(next);
    }
}
