using Bunit;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Web.Components.Pages.Lab;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components.Forms;

namespace HessianDashboard.Web.Tests.Components.Lab;

/// <summary>Uploading a Matrix Market file in the lab: parsed on the server, refused with the line at fault, stored under the data directory.</summary>
public sealed class MatrixUploadFieldTests : DashboardTestContext
{
    private const string Malformed = """
        %%MatrixMarket matrix coordinate real symmetric
        % a comment
        3 3 3
        1 1 2.0
        2 2 two
        3 3 2.0
        """;

    private const string Valid = """
        %%MatrixMarket matrix coordinate real symmetric
        3 3 4
        1 1 2.0
        2 1 -1.0
        2 2 2.0
        3 3 2.0
        """;

    private IRenderedComponent<SyntheticLabPage> RenderFileMode()
    {
        var cut = Render<SyntheticLabPage>();
        cut.FindAll("[data-testid=lab-source] button")[1].Click();
        return cut;
    }

    private static void Upload(IRenderedComponent<SyntheticLabPage> cut, string text, string name)
    {
        // MudFileUpload renders its InputFile in a later render pass than the source toggle: wait for it, on a loaded
        // machine it is not there at once.
        cut.WaitForState(() => cut.FindComponents<InputFile>().Count > 0, TimeSpan.FromSeconds(10));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(text, name));
    }

    private string[] StoredFiles() =>
        Directory.Exists(Path.Combine(DataDirectory, "uploads")) ? Directory.GetFiles(Path.Combine(DataDirectory, "uploads")) : [];

    [Fact]
    public void FileMode_NothingUploaded_AsksForAFileAndDisablesRun()
    {
        var cut = RenderFileMode();

        cut.Find("[data-testid=file-error]").TextContent.ShouldBe("Upload a Matrix Market file first.");
        cut.Find("[data-testid=lab-run]").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public void Upload_MalformedEntry_ShowsTheLineNumberAndKeepsNothing()
    {
        var cut = RenderFileMode();

        Upload(cut, Malformed, "bad.mtx");

        cut.WaitForAssertion(() => cut.Find("[data-testid=upload-error]").TextContent.ShouldContain("Could not read bad.mtx: line 5:"));
        cut.Find("[data-testid=upload-error]").GetAttribute("data-line").ShouldBe("5");
        cut.Find("[data-testid=lab-run]").HasAttribute("disabled").ShouldBeTrue();
        StoredFiles().ShouldBeEmpty();
    }

    [Fact]
    public void Upload_ValidFile_RunsOnTheServersCopyNeverTheClientsPath()
    {
        var cut = RenderFileMode();

        Upload(cut, Valid, "../../etc/evil name.mtx");

        cut.WaitForAssertion(() => cut.Find("[data-testid=upload-ok]").TextContent.ShouldContain("evil name.mtx: n = 3, 4 stored entries"));
        cut.Find("[data-testid=lab-run]").Click();
        var request = Runner.List().ShouldHaveSingleItem().Request.ShouldBeOfType<SpectrumComparisonRequest>();
        string path = request.Matrix.ShouldNotBeNull().MatrixMarketPath.ShouldNotBeNull();
        path.ShouldBe(StoredFiles().ShouldHaveSingleItem());
        Path.GetFileName(path).ShouldMatch("^[0-9a-f]{12}-evil-name\\.mtx$");
        request.Matrix.ComputeExact.ShouldBeTrue();
        request.Iterations.ShouldBe(3, "m = the file's n when left blank");
    }

    [Fact]
    public async Task Upload_ValidFile_RunsEveryVariantOnItAndScoresAgainstItsExactEigenvalues()
    {
        await StartRunnerAsync();
        var cut = RenderFileMode();
        Upload(cut, Valid, "small.mtx");
        cut.WaitForAssertion(() => cut.Find("[data-testid=upload-ok]"));

        cut.Find("[data-testid=lab-run]").Click();
        var run = await WaitForRunAsync(Runner.List().ShouldHaveSingleItem().Id);
        run.State.ShouldBe(Experiments.Jobs.RunState.Succeeded);
        var view = Render<HessianDashboard.Web.Components.Lab.LabRunView>(p => p.Add(v => v.RunId, run.Id));

        view.WaitForAssertion(() =>
        {
            view.Find("[data-testid=ladder-full]").GetAttribute("data-point-count").ShouldBe("6"); // 1 + 2 + 3
            view.Find("[data-testid=lab-scores]").TextContent.ShouldContain("3 / 3");
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Upload_MAboveTheFilesN_IsRefusedWithTheServersMessage()
    {
        var cut = RenderFileMode();
        Upload(cut, Valid, "small.mtx");
        cut.WaitForAssertion(() => cut.Find("[data-testid=upload-ok]"));

        cut.Find("input[data-testid=lab-m]").Input("4");

        cut.WaitForAssertion(() => cut.Markup.ShouldContain("Iterations m = 4 cannot exceed n = 3."));
        cut.Find("[data-testid=lab-run]").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public void Upload_LargerThanTheLimit_IsRefusedBeforeReading()
    {
        var cut = RenderFileMode();

        Upload(cut, Valid + new string(' ', 1024 * 1024), "huge.mtx");

        cut.WaitForAssertion(() => cut.Find("[data-testid=upload-error]").TextContent.ShouldContain("more than the limit of 1 MiB"));
        StoredFiles().ShouldBeEmpty();
    }
}
