using System.Text.Json;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Cli.Tests;

public sealed class Chapter4CommandTests
{
    [Fact]
    public void Fig42_QuickOnTinyMnist_PrintsTable42AndWritesTheResult()
    {
        using var cli = new CliHarness();
        var (code, output, error) = cli.Run("experiment", "fig4.2", "--quick", "--samples", "48", "--iterations", "6",
            "--data-dir", SharedData.DataDirectory, "--no-download", "--artifacts", cli.PathOf("art"), "--json", cli.PathOf("r.json"));

        code.ShouldBe(CliApp.Ok, error);
        output.ShouldContain("Table 4.2"); // the stage column may wrap at the harness' 80 columns; the JSON below holds both states
        using var json = JsonDocument.Parse(File.ReadAllText(cli.PathOf("r.json")));
        var mnist = json.RootElement.GetProperty("datasets")[0];
        mnist.GetProperty("trained").GetProperty("spectrum").GetProperty("dimension").GetInt32().ShouldBe(170); // --quick: output layer
        mnist.GetProperty("row").GetProperty("convergedTrained").GetInt32().ShouldBeInRange(0, 6);
    }

    [Fact]
    public void Fig44_QuickWithSizes_PrintsSizesAndTheRuntimeFit()
    {
        using var cli = new CliHarness();
        var (code, output, error) = cli.Run("experiment", "fig4.4", "--quick", "--samples", "32", "--iterations", "5", "--batch-sizes", "4,8,full",
            "--repeats", "1", "--parameters", "2.bias", "--data-dir", SharedData.DataDirectory, "--no-download", "--artifacts", cli.PathOf("art"));

        code.ShouldBe(CliApp.Ok, error);
        output.ShouldContain("full (32)");
        output.ShouldContain("runtime ≈");
        string text = string.Join(' ', output.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)); // undo the console's wrapping
        text.ShouldContain("over the medians of 3 batch sizes");
        text.ShouldContain("every run timed after 2 untimed Hessian-vector products");
    }

    [Theory]
    [InlineData("fig4.4", "--batch-sizes", "0,10")]
    [InlineData("fig4.4", "--batch-sizes", "ten")]
    [InlineData("fig4.4", "--repeats", "0")]
    [InlineData("fig4.2", "--dataset", "svhn")]
    [InlineData("fig4.2", "--epochs", "0")]
    [InlineData("fig4.2", "--bogus", "1")]
    public void Experiment_BadArgument_ExitsWithBadInput(string figure, string option, string value)
    {
        using var cli = new CliHarness();
        var (code, _, error) = cli.Run("experiment", figure, option, value, "--artifacts", cli.PathOf("art"));

        code.ShouldBe(CliApp.BadInput);
        error.ShouldStartWith("hessian:");
    }
}
