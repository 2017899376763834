using System.Net;

namespace HessianDashboard.Torch.Tests.Data.TestSupport;

/// <summary>Serves fixed bytes per URL (404 otherwise) and records every request, so download tests never touch the network.</summary>
internal sealed class FakeHttpHandler : HttpMessageHandler
{
    private readonly Dictionary<Uri, byte[]> _content = [];

    public List<Uri> Requests { get; } = [];

    public FakeHttpHandler Serve(Uri url, byte[] bytes)
    {
        _content[url] = bytes;
        return this;
    }

    public HttpClient Client() => new(this, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Uri url = request.RequestUri!;
        Requests.Add(url);
        var response = _content.TryGetValue(url, out byte[]? bytes)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) }
            : new HttpResponseMessage(HttpStatusCode.NotFound) { ReasonPhrase = "Not Found" };
        return Task.FromResult(response);
    }
}
