using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Experiments.Networks.Jobs;
using HessianDashboard.Storage;
using HessianDashboard.Web.Checkpoints;
using HessianDashboard.Web.Components;
using HessianDashboard.Web.Hubs;
using HessianDashboard.Web.Interop;
using HessianDashboard.Web.Options;
using HessianDashboard.Web.Uploads;
using MudBlazor.Services;

namespace HessianDashboard.Web.Extensions;

/// <summary>Service registration and the request pipeline of the dashboard host.</summary>
public static class HessianDashboardExtensions
{
    /// <summary>
    /// The largest message a browser may send over its circuit: 1 MiB. The longest input is a saved report's notes,
    /// <see cref="SavedReportDraft.MaxNotesLength"/> characters, each at most 6 bytes in the JSON that carries it
    /// (<c>\uXXXX</c>), plus the event's envelope. Blazor's default (32 KB) closed the circuit at about 30,000 characters.
    /// </summary>
    public const long CircuitMaximumReceiveMessageSize = 1024 * 1024;

    /// <summary>Options, Razor components with interactive server rendering, MudBlazor, the run runner and its store, and the runs hub.</summary>
    public static WebApplicationBuilder AddHessianDashboard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DashboardOptions>()
            .Bind(builder.Configuration.GetSection(DashboardOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<LabOptions>()
            .Bind(builder.Configuration.GetSection(LabOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The circuit carries what a user types (an input's whole value with each change). Blazor's default limit of 32 KB
        // per message closed the circuit for long report notes; see CircuitMaximumReceiveMessageSize.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = CircuitMaximumReceiveMessageSize);
        builder.Services.AddMudServices();
        builder.Services.AddScoped<BrowserFileDownloader>();
        // Runs belong to the server: one in-process runner (section "Runner") shared by pages and the hub.
        builder.Services.AddRunRunner(builder.Configuration);
        // Runs last (section "RunStore": SQLite in {Directory}/runs.db under the content root, or PostgreSQL); the runner
        // takes the store, opens it (migrations, interrupted runs) when it starts and writes every run through it.
        builder.Services.AddRunStore(builder.Configuration, builder.Environment.ContentRootPath);
        // The runs hub's payloads follow ExperimentJson (enums as strings, NaN as "NaN": a step's orthogonality
        // loss is NaN when untracked, which plain System.Text.Json refuses to write). Blazor's own circuit hub
        // speaks its binary protocol and is unaffected; this message size limit is the runs hub's alone.
        builder.Services.AddSignalR()
            .AddHubOptions<RunsHub>(o => o.MaximumReceiveMessageSize = RunsHub.MaximumReceiveMessageSize)
            .AddJsonProtocol(o => ExperimentJson.Configure(o.PayloadSerializerOptions));
        // The lab's uploads: files on the server that runs read when they start.
        builder.Services.AddSingleton<MatrixUploadStore>();
        // Networks: data sets (section "Data"), the artifact store (section "Artifacts": trained checkpoints and exact
        // spectra reused), the training and spectrum job handlers, and the checkpoints listed and imported here.
        builder.Services.AddNetworkJobs(builder.Configuration);
        builder.Services.AddOptions<CheckpointsOptions>()
            .Bind(builder.Configuration.GetSection(CheckpointsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<CheckpointCatalog>();
        // The run history (section "Runs": the largest run export imported).
        builder.Services.AddOptions<RunsOptions>()
            .Bind(builder.Configuration.GetSection(RunsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Who may use it (section "Access"): open on loopback, sign-in required on any other address (docs/security.md).
        builder.AddDashboardAccess();
        return builder;
    }

    /// <summary>Middleware and endpoints: root static files, package static assets, the Blazor app, the runs hub.</summary>
    public static WebApplication UseHessianDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        // Root wwwroot/ (our css/js and the npm-restored lib/) is served as plain files, before routing:
        // otherwise Development's static-asset fallback endpoint claims them (and warns for each).
        // Package assets (_content/…, _framework/…) come from MapStaticAssets.
        // Security headers, authentication and the same access rule for the root files (before they are served).
        app.UseDashboardAccess();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymousFrameworkFiles();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = "'none'");
        app.MapHub<RunsHub>(RunsHub.Path);
        app.MapDashboardAccess();
        return app;
    }
}
