using System.Text.Json;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Hubs;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>A .NET SignalR client of the runs hub on a <see cref="DashboardServer"/>, as an external client would build it.</summary>
internal static class RunsHubClient
{
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    /// <summary>A started connection; <paramref name="cookies"/> carries a sign-in cookie where the server requires one.</summary>
    public static async Task<HubConnection> ConnectAsync(DashboardServer server, CancellationToken cancellationToken, System.Net.CookieContainer? cookies = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Address, RunsHub.Path.TrimStart('/')), options =>
            {
                if (cookies is not null) options.Cookies = cookies;
            })
            .AddJsonProtocol(o => ExperimentJson.Configure(o.PayloadSerializerOptions))
            .Build();
        await connection.StartAsync(cancellationToken);
        return connection;
    }

    /// <summary>A Lanczos run on the custom synthetic spectrum with full reorthogonalisation.</summary>
    public static RunSubmission Lanczos(int n, int m, int seed = 1) => Submission("lanczos", $$"""
        { "source": { "synthetic": { "kind": "custom", "n": {{n}}, "seed": {{seed}} } }, "variant": "full", "iterations": {{m}}, "startSeed": 2 }
        """);

    public static RunSubmission Submission(string kind, string requestJson)
    {
        using var document = JsonDocument.Parse(requestJson);
        return new RunSubmission(kind, document.RootElement.Clone());
    }

    public static Task<RunInfoDto> SubmitAsync(this HubConnection hub, RunSubmission submission, CancellationToken cancellationToken) =>
        hub.InvokeAsync<RunInfoDto>(nameof(RunsHub.Submit), submission, cancellationToken);

    /// <summary>The run's stream from <paramref name="fromSequence"/> to its terminal event (capped at <see cref="Cap"/>).</summary>
    public static async Task<List<RunEvent>> ReadRunAsync(this HubConnection hub, string runId, CancellationToken cancellationToken, long fromSequence = 0)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Cap);
        var events = new List<RunEvent>();
        await foreach (var e in hub.StreamAsync<RunEvent>(nameof(RunsHub.StreamRun), runId, fromSequence, timeout.Token)) events.Add(e);
        return events;
    }
}
