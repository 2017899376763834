using System.Text.Json;

namespace HessianDashboard.Cli.Tests;

public class LanczosCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Lanczos_SyntheticFullRun_WritesJsonMatchingTheTruth()
    {
        var json = _cli.PathOf("out.json");
        var (code, output, error) = _cli.Run("lanczos", "--spectrum", "custom", "--n", "50", "--seed", "1", "--variant", "full", "--iterations", "50", "--json", json);

        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldContain("converged");
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        root.GetProperty("n").GetInt32().ShouldBe(50);
        root.GetProperty("convergedCount").GetInt32().ShouldBe(50);
        var ritz = root.GetProperty("ritz").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var truth = root.GetProperty("truth").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        ritz.ShouldBe(ritz.Order().ToArray());
        for (int i = 0; i < 50; i++) ritz[i].ShouldBe(truth[i], 1e-9);
        root.GetProperty("l2").GetDouble().ShouldBeLessThan(1e-8);
        root.GetProperty("orthogonalityLoss").GetArrayLength().ShouldBe(50);
    }

    [Fact]
    public void Lanczos_MatrixFileWithExact_ReportsTruthFromDenseEigendecomposition()
    {
        var path = _cli.File("tri.mtx", "%%MatrixMarket matrix coordinate real symmetric\n3 3 5\n1 1 2\n2 2 2\n3 3 2\n2 1 -1\n3 2 -1\n");
        var json = _cli.PathOf("tri.json");
        var (code, _, error) = _cli.Run("lanczos", "--matrix", path, "--exact", "--variant", "double", "--json", json);

        error.ShouldBeEmpty();
        code.ShouldBe(0);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var truth = doc.RootElement.GetProperty("truth").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        // Eigenvalues of tridiag(−1, 2, −1) of order 3: 2 − √2, 2, 2 + √2.
        truth.ShouldBe([2 - Math.Sqrt(2), 2, 2 + Math.Sqrt(2)], tolerance: 1e-12);
        doc.RootElement.GetProperty("convergedCount").GetInt32().ShouldBe(3);
    }

    [Theory]
    [InlineData("unknown option '--bogus'", "lanczos", "--spectrum", "gaussian", "--n", "10", "--bogus", "1")]
    [InlineData("cannot exceed n = 10", "lanczos", "--spectrum", "gaussian", "--n", "10", "--iterations", "11")]
    [InlineData("N", "lanczos", "--spectrum", "gaussian", "--n", "0")]
    [InlineData("must be one of", "lanczos", "--spectrum", "weird", "--n", "10")]
    [InlineData("expects an integer", "lanczos", "--spectrum", "gaussian", "--n", "ten")]
    [InlineData("exactly one of", "lanczos", "--n", "10")]
    [InlineData("file not found", "lanczos", "--matrix", "/nonexistent/m.mtx")]
    [InlineData("unknown command", "frobnicate")]
    [InlineData("unknown experiment", "experiment", "fig9.9")]
    public void Run_BadInput_OneLineOnStderrAndExitCode2(string expected, params string[] args)
    {
        var (code, _, error) = _cli.Run(args);
        code.ShouldBe(2);
        error.ShouldContain(expected);
        error.TrimEnd().Split('\n').Length.ShouldBe(1);
        error.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("bad-banner.mtx", "%%MatrixMarket tensor coordinate real general\n2 2 1\n1 1 1\n")]
    [InlineData("short-entry.mtx", "%%MatrixMarket matrix coordinate real symmetric\n2 2 2\n1 1 1\n2 1\n")]
    [InlineData("non-square.mtx", "%%MatrixMarket matrix coordinate real general\n2 3 1\n1 1 1\n")]
    [InlineData("non-symmetric.mtx", "%%MatrixMarket matrix coordinate real general\n2 2 2\n1 2 1\n2 1 5\n")]
    [InlineData("empty.mtx", "")]
    public void Lanczos_MalformedMatrixFile_OneLineOnStderrAndExitCode2(string name, string content)
    {
        var path = _cli.File(name, content);
        var (code, _, error) = _cli.Run("lanczos", "--matrix", path);
        code.ShouldBe(2);
        error.ShouldStartWith("hessian: ");
        error.TrimEnd().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public void Experiment_Fig31Quick_PrintsTableAndJson()
    {
        var json = _cli.PathOf("fig31.json");
        var (code, output, error) = _cli.Run("experiment", "fig3.1", "--quick", "--json", json);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldContain("Fig 3.1");
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        doc.RootElement.GetProperty("runs").GetArrayLength().ShouldBe(4);
    }
}
