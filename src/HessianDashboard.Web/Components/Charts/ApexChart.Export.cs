using Microsoft.JSInterop;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>Image exports: rendered by the browser, either returned to .NET or saved by the browser directly.</summary>
public sealed partial class ApexChart
{
    // PNG exports of large charts run to megabytes; they are streamed, this only bounds a runaway.
    private const long MaxExportBytes = 64L * 1024 * 1024;

    /// <summary>The chart as a PNG file's bytes, rendered by the browser.</summary>
    public async Task<byte[]> ExportPngAsync(CancellationToken cancellationToken = default) =>
        await ExportAsync(ChartImageFormat.Png, cancellationToken);

    /// <summary>The chart as SVG markup, rendered by the browser.</summary>
    public async Task<string> ExportSvgAsync(CancellationToken cancellationToken = default) =>
        System.Text.Encoding.UTF8.GetString(await ExportAsync(ChartImageFormat.Svg, cancellationToken));

    /// <summary>Lets the browser save the chart as an image without a round trip through the server.</summary>
    public async Task DownloadImageAsync(ChartImageFormat format, string fileName, CancellationToken cancellationToken = default)
    {
        int id = RequireId();
        await _module!.InvokeVoidAsync("downloadImage", cancellationToken, id, format, fileName);
    }

    private async Task<byte[]> ExportAsync(ChartImageFormat format, CancellationToken cancellationToken)
    {
        // Streamed: a data URI returned as a plain result would exceed SignalR's 32 KB message limit.
        int id = RequireId();
        await using var reference = await _module!.InvokeAsync<IJSStreamReference>("exportBytes", cancellationToken, id, format);
        await using var stream = await reference.OpenReadStreamAsync(MaxExportBytes, cancellationToken);
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes, cancellationToken);
        return bytes.ToArray();
    }
}
