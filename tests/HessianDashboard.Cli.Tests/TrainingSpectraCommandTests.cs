using System.Text.Json;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Cli.Tests;

public sealed class TrainingSpectraCommandTests
{
    [Fact]
    public void ExperimentTrajectory_QuickTwice_WritesJsonAndSecondRunReusesTheTraining()
    {
        using var cli = new CliHarness();
        string[] common = ["experiment", "trajectory", "--quick", "--data-dir", SharedData.DataDirectory, "--no-download", "--artifacts", cli.PathOf("store")];
        var (code, output, error) = cli.Run([.. common, "--json", cli.PathOf("t.json")]);
        code.ShouldBe(CliApp.Ok, error);
        output.ShouldContain("training ran now");
        using (var json = JsonDocument.Parse(File.ReadAllText(cli.PathOf("t.json"))))
        {
            var points = json.RootElement.GetProperty("points");
            points.GetArrayLength().ShouldBe(3);
            points[2].GetProperty("step").GetInt32().ShouldBe(2);
            json.RootElement.GetProperty("ridgeline").GetProperty("densities").GetArrayLength().ShouldBe(3);
        }
        (code, output, error) = cli.Run([.. common, "--iterations", "5"]);
        code.ShouldBe(CliApp.Ok, error);
        output.ShouldContain("training reused");
    }

    [Theory]
    [InlineData("experiment", "trajectory", "--dataset", "tinyshakespeare")]       // not an image set
    [InlineData("experiment", "trajectory", "--epochs", "0,x")]                    // bad list
    [InlineData("experiment", "trajectory", "--precision", "float32")]             // not for the MLP trajectory
    [InlineData("experiment", "trajectory", "--iterations", "0")]                  // m < 1
    [InlineData("experiment", "nanogpt", "--blocks", "0")]                         // empty Hessian batch
    [InlineData("experiment", "nanogpt", "--checkpoints", "0,5000")]               // beyond training
    [InlineData("experiment", "nanogpt", "--precision", "float16")]                // unknown precision
    [InlineData("experiment", "blocks", "--checkpoint", "/nonexistent.safetensors")] // missing file
    [InlineData("experiment", "blocks", "--start-vectors", "0")]                   // n_v < 1
    public void ExperimentChapter4_BadArguments_ExitCode2(params string[] args)
    {
        using var cli = new CliHarness();
        var (code, _, error) = cli.Run([.. args, "--data-dir", SharedData.DataDirectory, "--no-download", "--artifacts", cli.PathOf("store")]);
        code.ShouldBe(CliApp.BadInput, error);
        error.ShouldStartWith("hessian: ");
        error.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact(Explicit = true)]
    [Trait("Category", "Long")]
    public void ExperimentNanoGptAndBlocks_Quick_RunWithTheThesisArchitecture()
    {
        using var cli = new CliHarness();
        string[] common = ["--quick", "--data-dir", SharedData.DataDirectory, "--no-download", "--artifacts", cli.PathOf("store")];
        var (code, output, error) = cli.Run(["experiment", "nanogpt", .. common]);
        code.ShouldBe(CliApp.Ok, error);
        output.ShouldContain("float32");
        (code, output, error) = cli.Run(["experiment", "blocks", .. common]);
        code.ShouldBe(CliApp.Ok, error);
        output.ShouldContain("training reused"); // the same quick training run
        output.ShouldContain("h3.mlp");
    }
}
