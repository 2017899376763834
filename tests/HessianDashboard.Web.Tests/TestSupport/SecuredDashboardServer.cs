using System.Net;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// The real host bound to 0.0.0.0 (every interface: not loopback, so sign-in is required) with one configured user,
/// <see cref="UserName"/> / <see cref="Password"/>, reached through 127.0.0.1. Its runner records who submitted each run,
/// and its lab and checkpoint upload limits are 1 MiB.
/// </summary>
public sealed class SecuredDashboardServer() : DashboardServer(IPAddress.Any, Settings)
{
    public const string UserName = "alice";

    public const string Password = "correct horse battery staple";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Access:Users:0:Name"] = UserName,
        ["Access:Users:0:PasswordHash"] = PasswordHashes.Hash(Password),
        ["Lab:MaxUploadMegabytes"] = "1",
        ["Checkpoints:MaxUploadMegabytes"] = "1",
    };

    /// <summary>The options each run was submitted with.</summary>
    internal RecordingRunRunner Runs => Services.GetRequiredService<RecordingRunRunner>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<RecordingRunRunner>();
            services.RemoveAll<IRunRunner>();
            services.AddSingleton<IRunRunner>(sp => sp.GetRequiredService<RecordingRunRunner>());
        });
    }
}
