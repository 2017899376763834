using HessianDashboard.Core.IO;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs.Handlers;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Tests.Chapter3;

/// <summary>A comparison on a Matrix Market file (the lab's upload): tridiag(−1, 2, −1), whose eigenvalues are 2 − 2cos(jπ/(n + 1)).</summary>
public sealed class SpectrumComparisonMatrixSourceTests : IDisposable
{
    private const int N = 30;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"comparison-{Guid.NewGuid():N}.mtx");

    public SpectrumComparisonMatrixSourceTests()
    {
        var dense = new double[N * N];
        for (int i = 0; i < N; i++)
        {
            dense[i * N + i] = 2;
            if (i > 0) dense[i * N + i - 1] = dense[(i - 1) * N + i] = -1;
        }
        using var writer = new StreamWriter(_path);
        MatrixMarketWriter.Write(writer, dense, N, N);
    }

    public void Dispose() => File.Delete(_path);

    private static double[] ClosedForm() =>
        Enumerable.Range(1, N).Select(j => 2 - 2 * Math.Cos(j * Math.PI / (N + 1))).Order().ToArray();

    [Fact]
    public void Run_FileWithExactEigenvalues_ComparesEveryVariantWithTheTruth()
    {
        var request = new SpectrumComparisonRequest
        {
            Matrix = MatrixSource.FromFile(_path, computeExact: true),
            Variants = [Reorthogonalization.Full, Reorthogonalization.None],
            StartSeed = 5,
        };

        var result = SpectrumComparisonExperiment.Run(request);

        result.Truth.Length.ShouldBe(N);
        for (int j = 0; j < N; j++) result.Truth[j].ShouldBe(ClosedForm()[j], 1e-12);
        result.Runs.Select(r => r.Run.Alpha[0]).Distinct().Count().ShouldBe(1, "same v₁ ⇒ same α₁ for every variant");
        var full = result.Runs.Single(r => r.Variant == Reorthogonalization.Full);
        full.Run.ConvergedCount.ShouldBe(N);
        full.Ladder.ShouldNotBeNull().Length.ShouldBe(N);
        full.Run.Source.ShouldContain(Path.GetFileName(_path));
    }

    [Fact]
    public void Run_FileWithoutExact_HasAnEmptyTruthAndNoScores()
    {
        var request = new SpectrumComparisonRequest { Matrix = MatrixSource.FromFile(_path), Variants = [Reorthogonalization.Double], Iterations = 10 };

        var result = SpectrumComparisonExperiment.Run(request);

        result.Truth.ShouldBeEmpty();
        var run = result.Runs.Single().Run;
        run.Ritz.Length.ShouldBe(10);
        (run.L1, run.ConvergedCount).ShouldBe((null, null));
    }

    [Fact]
    public void Run_FileWithMAboveN_IsRejectedWhenTheFileIsRead()
    {
        var request = new SpectrumComparisonRequest { Matrix = MatrixSource.FromFile(_path), Iterations = N + 1 };

        request.Validate().ShouldBeEmpty("n is unknown before the file is read");
        Should.Throw<RequestValidationException>(() => SpectrumComparisonExperiment.Run(request))
            .Errors.ShouldBe([$"Iterations m = {N + 1} cannot exceed n = {N}."]);
    }

    [Fact]
    public void Validate_SyntheticMAboveN_UsesTheSameMessage() =>
        new SpectrumComparisonRequest { Iterations = 101 }.Validate().ShouldBe(["Iterations m = 101 cannot exceed n = 100."]);

    [Fact]
    public void Describe_FileSource_NamesTheFileNotTheDefaultSpectrum() =>
        new SpectrumComparisonJobHandler().Describe(new SpectrumComparisonRequest { Matrix = MatrixSource.FromFile(_path), Variants = [Reorthogonalization.Full] })
            .ShouldBe($"Spectrum comparison (Full) on {Path.GetFileName(_path)}, m = n");
}
