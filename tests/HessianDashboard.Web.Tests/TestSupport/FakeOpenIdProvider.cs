using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// An OpenID Connect provider that only publishes its discovery document (and an empty key set) on 127.0.0.1, so a
/// dashboard configured with it can build its challenge; nothing here signs anyone in.
/// </summary>
internal sealed class FakeOpenIdProvider : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenIdProvider(WebApplication app, string authority) => (_app, Authority) = (app, authority);

    /// <summary>The issuer, e.g. http://127.0.0.1:40123.</summary>
    public string Authority { get; }

    /// <summary>Where the discovery document sends browsers to sign in.</summary>
    public string AuthorizeEndpoint => Authority + "/authorize";

    public static async Task<FakeOpenIdProvider> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        string authority = "";
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = authority,
            ["authorization_endpoint"] = authority + "/authorize",
            ["token_endpoint"] = authority + "/token",
            ["jwks_uri"] = authority + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () => Results.Json(new { keys = Array.Empty<object>() }));
        await app.StartAsync(cancellationToken);
        authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return new FakeOpenIdProvider(app, authority);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
