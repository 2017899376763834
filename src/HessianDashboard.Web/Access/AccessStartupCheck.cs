using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Web.Access;

/// <summary>
/// Decides <see cref="AccessState"/> when the host starts. Malformed users are refused before the server listens;
/// the addresses are known only once it listens (port 0, <c>Listen</c> calls, <c>Urls</c>), so the decision is taken
/// then, from <see cref="IServerAddressesFeature"/>. A server that would be open to the network with no way to sign in
/// stops at once with <see cref="AccessConfigurationException"/> (until then every request needs sign-in).
/// </summary>
public sealed partial class AccessStartupCheck(
    IOptions<AccessOptions> options, AccessState state, IServer server, IHostApplicationLifetime lifetime, ILogger<AccessStartupCheck> logger)
    : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        AccessDecision.EnsureWellFormed(options.Value);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        try
        {
            var decision = AccessDecision.Decide(options.Value, addresses);
            state.Apply(decision);
            LogDecision(logger, decision.Reason);
        }
        catch (AccessConfigurationException e)
        {
            LogRefused(logger, e.Message);
            lifetime.StopApplication();
            throw;
        }
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Access: {Reason}")]
    private static partial void LogDecision(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Message}")]
    private static partial void LogRefused(ILogger logger, string message);
}
