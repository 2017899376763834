using System.IO.Compression;
using Bunit;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Web.Components.Pages;
using HessianDashboard.Web.Components.Runs;
using HessianDashboard.Web.Tests.Components.Runs;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components.Forms;

namespace HessianDashboard.Web.Tests.Components.Pages;

/// <summary>Export and import on the Runs page over the real store: an exported run imports as a new run; a malformed file shows every problem.</summary>
public sealed class RunsPageImportTests : RunHistoryContext, IAsyncLifetime
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    public async ValueTask InitializeAsync()
    {
        await RunSeeds.SeedAsync(Save, Retell);
        await StartAsync();
        RenderProviders();
    }

    private static void Upload(IRenderedComponent<RunsPage> page, byte[] content, string name) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, name, contentType: "application/json"));

    [Fact]
    public async Task Import_AnExportedRun_IsStoredUnderANewIdWithItsOriginAndListed()
    {
        var (export, problem) = RunExportFiles.Load(Runner, RunSeeds.A1);
        problem.ShouldBeNull();
        var page = Render<RunsPage>();
        page.WaitForAssertion(() => page.FindAll("td[data-run-id]").Count.ShouldBe(25), Cap);

        Upload(page, RunExportFiles.Json(export!), "run-a1.json");

        Snackbars.WaitForAssertion(() => Snackbars.Find("[data-testid=import-link]"), Cap);
        string id = Snackbars.Find("[data-testid=import-link]").TextContent;
        id.ShouldNotBe(RunSeeds.A1);
        var imported = Store.Load(id).ShouldNotBeNull();
        (imported.Info.ImportedFrom, imported.Info.Kind, imported.Info.State, imported.Events.Count)
            .ShouldBe((RunSeeds.A1, "lanczos", RunState.Succeeded, Store.Load(RunSeeds.A1)!.Events.Count));
        page.WaitForAssertion(() => page.FindAll("td[data-run-id]").Select(td => td.GetAttribute("data-run-id")).ShouldContain(id), Cap);
        (await Store.QueryAsync(new RunQuery { Text = "first look" }, Token)).Total.ShouldBe(2); // the notes came along
    }

    [Fact]
    public async Task Import_MalformedFile_ShowsEveryProblemAndStoresNothing()
    {
        var page = Render<RunsPage>();
        page.WaitForAssertion(() => page.FindAll("td[data-run-id]").Count.ShouldBe(25), Cap);

        Upload(page, """{ "format": "hessian-dashboard-run", "version": 1, "id": "x y", "kind": "lanczos" """u8.ToArray(), "broken.json");
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid=import-errors]"), Cap);
        Dialogs.Markup.ShouldContain("broken.json cannot be imported");
        Dialogs.FindAll("[data-testid=import-error]").ShouldNotBeEmpty();
        Dialogs.Find("[data-testid=import-error]").TextContent.ShouldContain("cut short");
        Dialogs.Find("[data-testid=import-errors-close]").Click();

        Upload(page, """{ "format": "hessian-dashboard-run", "version": 1, "id": "x y", "kind": "quantum", "title": "t", "state": "running" }"""u8.ToArray(), "wrong.json");
        Dialogs.WaitForAssertion(() => Dialogs.FindAll("[data-testid=import-error]").Count.ShouldBeGreaterThanOrEqualTo(2), Cap);
        Dialogs.Markup.ShouldContain("quantum");

        (await Store.QueryAsync(new RunQuery(), Token)).Total.ShouldBe(25);
    }

    [Fact]
    public void Zip_TwoFinishedRunsAndARunningOne_HoldsTheTwoFilesThatReadBack()
    {
        var running = Runner.Submit(RealRuns.Lanczos(2500, 2500));
        var problems = new List<string>();

        var (zip, count) = RunExportFiles.Zip(Runner, [RunSeeds.A1, RunSeeds.A3, running.Id], problems);

        count.ShouldBe(2);
        problems.ShouldHaveSingleItem().ShouldContain("only finished runs are exported");
        using var archive = new ZipArchive(new MemoryStream(zip));
        archive.Entries.Select(e => e.Name).ShouldBe([$"run-{RunSeeds.A1}.json", $"run-{RunSeeds.A3}.json"]);
        using var entry = archive.GetEntry($"run-{RunSeeds.A3}.json")!.Open();
        var read = RunExportJson.Read(entry, Services.GetService(typeof(RunJobCatalog)) as RunJobCatalog ?? RunJobCatalog.CreateDefault());
        read.Errors.ShouldBeEmpty();
        read.Run!.Kind.ShouldBe("spectrum-comparison");
    }
}
