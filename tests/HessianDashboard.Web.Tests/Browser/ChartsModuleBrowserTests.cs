using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.Browser;

/// <summary><c>wwwroot/js/charts.js</c> against the real ApexCharts from npm, in Chromium.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class ChartsModuleBrowserTests(DashboardServer server, ChromiumBrowser chromium)
{
    // A mean ± sd band under a mean line on a log10 x axis: the shape of the runtime study (Fig 3.2).
    private const string Script = """
        async () => {
          const charts = await import('/js/charts.js');
          const host = document.createElement('div');
          host.style.width = '640px';
          document.body.appendChild(host);
          const id = await charts.create(host, {
            chart: { type: 'rangeArea', height: '300', animations: { enabled: false } },
            series: [
              { name: 'mean ± sd', type: 'rangeArea', data: [{ x: 1, y: [1, 2] }, { x: 2, y: [2, 3] }] },
              { name: 'mean', type: 'line', data: [[1, 1.5], [2, 2.5]] },
            ],
            xaxis: { type: 'numeric', min: 0, max: 3, tickAmount: 3, labels: { format: 'log10Pow' } },
            theme: { mode: 'light' },
          });
          const labels = [...host.querySelectorAll('.apexcharts-xaxis-label')].map(e => (e.querySelector('tspan') ?? e).textContent.trim()); // the label, not its <title>
          await charts.appendData(id, [{ data: [{ x: 3, y: [3, 5] }] }, { data: [[3, 4]] }]);
          const points = charts.pointCount(host);
          // The mean line is drawn through all three points (ApexCharts skips [x, y] pairs beside bands; charts.js converts them).
          const meanPath = host.querySelector('.apexcharts-series[seriesName=mean] path.apexcharts-line')?.getAttribute('d') ?? '';
          const meanSegments = (meanPath.match(/L/g) ?? []).length;
          const nowhere = charts.pointCount(document.createElement('div'));
          await charts.updateOptions(id, { yaxis: { labels: { format: 'fixed2' } } });
          await charts.setTheme(id, 'dark');
          const dark = host.querySelector('.apexcharts-canvas').classList.contains('apexcharts-theme-dark');
          const png = await charts.exportPng(id);
          const svg = await charts.exportSvg(id);
          const pngBytes = (await charts.exportBytes(id, 'png')).length;
          let unknownFormat = '';
          try { await charts.create(document.createElement('div'), { xaxis: { labels: { format: 'nope' } } }); }
          catch (e) { unknownFormat = e.message; }
          charts.dispose(id);
          let disposed = '';
          try { await charts.updateSeries(id, []); } catch (e) { disposed = e.message; }
          const f = charts.formatters;
          return {
            labels, points, nowhere, meanSegments, dark, png: png.slice(0, 22), svg: svg.slice(0, 200), pngBytes, unknownFormat, disposed,
            formatted: [f.log10Pow(-3), f.log10Pow(1.5), f.exp2(5), f.fixed2(3.14159), f.integer(41.7), f.scientific(0.000123), f.fixed2(undefined), f.power10(1e-16), f.power10(1000), f.power10(4.4e-16), f.power10(0), f.fixed2(-2.7e-17)],
          };
        }
        """;

    [Fact]
    public async Task ChartsModule_FullLifecycle_WorksAgainstTheRealApexCharts()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var (page, errors) = await chromium.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(server.Address + "not-found");

        var result = await page.EvaluateAsync<LifecycleResult>(Script);

        result.Labels.ShouldBe(["10⁰", "10¹", "10²", "10³"]);
        result.Points.ShouldBe(6);
        result.Nowhere.ShouldBeNull();
        result.MeanSegments.ShouldBe(2);
        result.Dark.ShouldBeTrue();
        result.Png.ShouldBe("data:image/png;base64,");
        result.Svg.ShouldContain("<svg");
        result.PngBytes.ShouldBeGreaterThan(1000);
        result.UnknownFormat.ShouldBe("Unknown tick format \"nope\".");
        result.Disposed.ShouldBe("No chart with id 1.");
        result.Formatted.ShouldBe(["10⁻³", "10¹·⁵", "2⁵", "3.14", "42", "1.23e-4", "", "10⁻¹⁶", "10³", "4.40e-16", "0.00e+0", "0.00"]);
        errors.ShouldBeEmpty();
    }

    // Playwright needs a parameterless constructor and settable properties.
    [Fact]
    public async Task ChartsModule_DenseScatterWithAutoRenderer_DrawsOnACanvasAndStillExports()
    {
        Assert.SkipUnless(ChromiumBrowser.IsInstalled, ChromiumBrowser.MissingReason);
        var (page, errors) = await chromium.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(server.Address + "not-found");

        // What ChartRenderPolicy sends: renderer "auto" with threshold 2000; 3000 markers exceed it.
        var result = await page.EvaluateAsync<string[]>("""
            async () => {
              const charts = await import('/js/charts.js');
              const host = document.createElement('div');
              host.style.width = '640px';
              document.body.appendChild(host);
              const data = Array.from({ length: 3000 }, (_, i) => [i, Math.sin(i / 100)]);
              const id = await charts.create(host, {
                chart: { type: 'scatter', height: '300', animations: { enabled: false }, renderer: 'auto', rendererThreshold: 2000 },
                series: [{ name: 'dense', data }], markers: { size: 2 }, dataLabels: { enabled: false },
              });
              const canvases = host.querySelectorAll('canvas').length;
              const svg = await charts.exportSvg(id);
              const png = await charts.exportPng(id);
              charts.dispose(id);
              return [String(canvases), svg.slice(0, 200), png.slice(0, 22)];
            }
            """);

        int.Parse(result[0], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        result[1].ShouldContain("<svg");
        result[2].ShouldBe("data:image/png;base64,");
        errors.ShouldBeEmpty();
    }

    private sealed class LifecycleResult
    {
        public string[] Labels { get; set; } = [];
        public int Points { get; set; }
        public int? Nowhere { get; set; }
        public int MeanSegments { get; set; }
        public bool Dark { get; set; }
        public string Png { get; set; } = "";
        public string Svg { get; set; } = "";
        public int PngBytes { get; set; }
        public string UnknownFormat { get; set; } = "";
        public string Disposed { get; set; } = "";
        public string[] Formatted { get; set; } = [];
    }
}
