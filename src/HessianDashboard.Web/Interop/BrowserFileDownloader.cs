using Microsoft.JSInterop;

namespace HessianDashboard.Web.Interop;

/// <summary>
/// Saves server-built content as a file in the user's browser (<c>wwwroot/js/files.js</c>). The bytes travel
/// as a <see cref="DotNetStreamReference"/>, so they are streamed, not limited by SignalR's message size.
/// </summary>
public sealed class BrowserFileDownloader(IJSRuntime js) : IAsyncDisposable
{
    internal const string ModulePath = "./js/files.js";

    private IJSObjectReference? _module;

    /// <summary>Offers <paramref name="content"/> as a download named <paramref name="fileName"/>.</summary>
    public async Task DownloadAsync(string fileName, string contentType, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", cancellationToken, ModulePath);
        using var stream = new MemoryStream(content, writable: false);
        using var streamReference = new DotNetStreamReference(stream);
        await _module.InvokeVoidAsync("downloadFile", cancellationToken, fileName, contentType, streamReference);
    }

    public async ValueTask DisposeAsync() => await _module.DisposeQuietlyAsync();
}
