using System.Text.Json;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Cli.Tests;

public sealed class NetworkCommandTests
{
    [Fact]
    public void TrainThenSpectrum_MlpOnMnist_CheckpointIsAnalysedWithTheExactOutputLayerSpectrum()
    {
        using var cli = new CliHarness();
        string data = SharedData.DataDirectory;
        var (code, output, error) = cli.Run("train", "mlp", "--data-dir", data, "--no-download", "--samples", "256", "--epochs", "1",
            "--checkpoints", "1", "--out", cli.PathOf("ck"), "--seed", "4");
        code.ShouldBe(CliApp.Ok, error);
        output.ShouldContain("checkpoint 1:");
        string checkpoint = cli.PathOf(Path.Combine("ck", "mlp-mnist-epoch-001.safetensors"));
        File.Exists(checkpoint).ShouldBeTrue();

        (code, output, error) = cli.Run("spectrum", "--checkpoint", checkpoint, "--data-dir", data, "--no-download", "--samples", "128",
            "--hessian-batch", "full", "--iterations", "10", "--exact", "--parameters", "2.bias", "--json", cli.PathOf("s.json"));
        code.ShouldBe(CliApp.Ok, error);
        output.ShouldContain("converged");
        using var json = JsonDocument.Parse(File.ReadAllText(cli.PathOf("s.json")));
        var root = json.RootElement;
        root.GetProperty("dimension").GetInt32().ShouldBe(10);
        root.GetProperty("manifest").GetProperty("hessianBatchSize").GetInt32().ShouldBe(128);
        root.GetProperty("manifest").GetProperty("checkpointSha256").GetString()!.Length.ShouldBe(64);
        // m = n = 10: every Ritz value converges to an exact eigenvalue.
        root.GetProperty("lanczos").GetProperty("convergedCount").GetInt32().ShouldBe(10);
    }

    [Theory]
    [InlineData("spectrum")]                                                   // neither a model nor a checkpoint
    [InlineData("spectrum", "--model", "resnet")]                              // unknown model
    [InlineData("spectrum", "--model", "mlp", "--iterations", "0")]            // m < 1
    [InlineData("spectrum", "--model", "mlp", "--hessian-batch", "lots")]      // not a number
    [InlineData("spectrum", "--checkpoint", "/nonexistent.safetensors")]      // missing file
    [InlineData("spectrum", "--model", "nanogpt", "--dataset", "mnist")]       // model and data do not fit
    [InlineData("train")]                                                      // no model
    [InlineData("train", "mlp", "--dataset", "imagenet")]                      // unknown data set
    [InlineData("train", "mlp", "--checkpoints", "0,x")]                       // bad list
    [InlineData("train", "nanogpt", "--batch", "0")]                           // batch < 1
    public void BadArguments_OneLineOnStderr_ExitCode2(params string[] args)
    {
        using var cli = new CliHarness();
        var (code, _, error) = cli.Run([.. args, "--data-dir", SharedData.DataDirectory, "--no-download"]);
        code.ShouldBe(CliApp.BadInput, error);
        error.Trim().Split('\n').Length.ShouldBe(1);
        error.ShouldStartWith("hessian: ");
    }

    [Fact]
    public void Spectrum_CorruptCheckpoint_IsABadInputNamingTheProblem()
    {
        using var cli = new CliHarness();
        string path = cli.File("broken.safetensors", "not a safetensors file");
        var (code, _, error) = cli.Run("spectrum", "--checkpoint", path, "--data-dir", SharedData.DataDirectory, "--no-download");
        code.ShouldBe(CliApp.BadInput);
        error.ShouldContain("broken.safetensors");
    }
}
