using System.Text.Json;

namespace HessianDashboard.Cli.Tests;

public class SpectrumToolsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Power_TopOne_JsonMatchesTheLargestMagnitudeEigenvalue()
    {
        var json = _cli.PathOf("power.json");
        var (code, _, error) = _cli.Run("power", "--spectrum", "custom", "--n", "60", "--top", "1", "--json", json);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        double value = doc.RootElement.GetProperty("values")[0].GetDouble();
        double truth = doc.RootElement.GetProperty("truth")[0].GetDouble();
        value.ShouldBe(truth, 1e-6);
    }

    [Fact]
    public void Trace_And_Density_RunOnAMatrixFile()
    {
        var path = _cli.File("d.mtx", "%%MatrixMarket matrix coordinate real symmetric\n3 3 3\n1 1 1\n2 2 2\n3 3 3\n");
        var (code, output, error) = _cli.Run("trace", "--matrix", path, "--budget", "10");
        (code, error).ShouldBe((0, ""));
        output.ShouldContain("tr(A) ≈ 6");
        (code, _, error) = _cli.Run("density", "--matrix", path, "--vectors", "2", "--iterations", "3");
        (code, error).ShouldBe((0, ""));
    }

    [Theory]
    [InlineData("power", "--spectrum", "gaussian", "--n", "10", "--top", "0")]
    [InlineData("trace", "--spectrum", "gaussian", "--n", "10", "--budget", "2", "--hutchpp")]
    [InlineData("density", "--spectrum", "gaussian", "--n", "10", "--iterations", "11")]
    [InlineData("density", "--spectrum", "gaussian", "--n", "10", "--sigma", "-1")]
    public void Tools_BadParameters_ExitCode2WithOneLine(params string[] args)
    {
        var (code, _, error) = _cli.Run(args);
        code.ShouldBe(2);
        error.TrimEnd().Split('\n').Length.ShouldBe(1);
    }
}
