using Bunit;
using Bunit.TestDoubles;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Interop;
using HessianDashboard.Web.Options;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// A bUnit context over a REAL run store: the Storage project's registration (<c>AddRunStore</c>, SQLite in a temporary
/// folder) behind the real in-process runner, MudBlazor's providers (popovers, dialogs, snackbars) and bUnit's
/// authorization for the signed-in user. <see cref="SeedAsync"/> stores runs before the runner starts; <see cref="StartAsync"/>
/// opens the store (stored queued or running runs become interrupted) and starts the runner.
/// </summary>
public abstract class RunHistoryContext : BunitContext
{
    private long _ordinal;

    protected RunHistoryContext()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("hessian-runs-page-").FullName;
        JSInterop.Mode = JSRuntimeMode.Loose;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RunStore:Provider"] = "Sqlite",
            ["RunStore:Directory"] = Directory,
        }).Build();
        Services.AddMudServices();
        Services.AddRunRunner(configuration);
        Services.AddRunStore(configuration, Directory);
        Services.AddOptions<DashboardOptions>();
        Services.AddOptions<RunsOptions>();
        Services.AddScoped<BrowserFileDownloader>();
        Auth = AddAuthorization();
        Services.AddScoped<CurrentUser>();
    }

    /// <summary>The store's temporary folder.</summary>
    protected string Directory { get; }

    protected BunitAuthorizationContext Auth { get; }

    protected IRunStore Store => Services.GetRequiredService<IRunStore>();

    protected InProcessRunRunner Runner => Services.GetRequiredService<InProcessRunRunner>();

    protected static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    /// <summary>Where dialogs show (after <see cref="RenderProviders"/>).</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>Where snackbars show (after <see cref="RenderProviders"/>).</summary>
    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = default!;

    /// <summary>Renders the providers a page's dialogs, menus and snackbars need; call before rendering the page.</summary>
    protected void RenderProviders()
    {
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Snackbars = Render<MudSnackbarProvider>();
    }

    /// <summary>Opens the store (recovery: runs stored as queued or running become interrupted) and starts the runner.</summary>
    protected async Task StartAsync()
    {
        Store.Open(DateTimeOffset.UtcNow, InProcessRunRunner.InterruptedReason);
        await Runner.StartAsync(Token);
    }

    /// <summary>Stores <paramref name="run"/> with <paramref name="events"/> (their run id rewritten), the result when terminal.</summary>
    protected void Save(RunInfo run, IReadOnlyList<RunEvent> events)
    {
        if (_ordinal == 0) Store.Open(DateTimeOffset.UtcNow, InProcessRunRunner.InterruptedReason);
        Store.Save(new RunWrite(run, ++_ordinal, [.. events.Select(e => e with { RunId = run.Id })], run.State.IsTerminal()));
    }

    /// <summary>A real run re-dated and re-labelled: id, submission time, duration and the rest as given.</summary>
    protected static RunInfo Retell(RunInfo run, string id, DateTimeOffset submitted, TimeSpan duration, Func<RunInfo, RunInfo>? more = null)
    {
        var retold = run with
        {
            Id = id, SubmittedAt = submitted, StartedAt = submitted.AddSeconds(1), FinishedAt = submitted.AddSeconds(1) + duration,
            Elapsed = duration, Owner = null, Tags = [], Notes = null, RerunOf = null,
        };
        return more is null ? retold : more(retold);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        var runner = Runner;
        foreach (var run in runner.List()) runner.Cancel(run.Id);
        await runner.StopAsync(CancellationToken.None);
        await base.DisposeAsyncCore();
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }
}
