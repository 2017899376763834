using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Tests.TestSupport;
using HessianDashboard.Core.Tridiagonal;

namespace HessianDashboard.Core.Tests.Spectrum;

public class LanczosRunControlTests
{
    private static DenseSymmetricOperator Matrix(int n, int seed) =>
        TestMatrices.WithSpectrum(TestMatrices.GaussianSpectrum(n, seed), seed + 1);

    [Fact]
    public void Run_StartVectorInThreeEigenvectors_BreaksDownWithExactEigenvalues()
    {
        var d = new double[50];
        for (int i = 0; i < d.Length; i++) d[i] = i + 1;
        var a = KnownSpectrumMatrix.Diagonal(d);
        var start = new double[50];
        start[4] = 1; start[20] = 2; start[40] = -1;

        var result = Lanczos.Run(a, new LanczosOptions { Iterations = 10, StartVector = start, Reorthogonalization = Reorthogonalization.None });

        result.Status.ShouldBe(LanczosStatus.Breakdown);
        result.Message.ShouldNotBeNull().ShouldContain("invariant");
        result.Steps.ShouldBe(3);
        result.RitzValues.ShouldBe([5.0, 21.0, 41.0], tolerance: 1e-12);
    }

    [Fact]
    public void Run_FullReorthAfterInvariantSubspace_RestartsAndFindsFurtherEigenvalues()
    {
        var d = new double[50];
        for (int i = 0; i < d.Length; i++) d[i] = i + 1;
        var a = KnownSpectrumMatrix.Diagonal(d);
        var start = new double[50];
        start[4] = 1; start[20] = 2; start[40] = -1;

        var result = Lanczos.Run(a, new LanczosOptions { Iterations = 12, StartVector = start, KeepBasis = true });

        result.Status.ShouldBe(LanczosStatus.Completed);
        result.Restarts.ShouldBeGreaterThanOrEqualTo(1);
        result.Beta[2].ShouldBe(0.0);
        result.RitzValues.Distinct().Count().ShouldBe(12);
        result.RitzValues.ShouldContain(x => Math.Abs(x - 21.0) < 1e-10);
        result.OrthogonalityLoss[^1].ShouldBeLessThan(1e-12);
    }

    [Fact]
    public void Run_OperatorReturnsNaN_StopsWithStatusAndKeepsEarlierSteps()
    {
        var a = new FaultyOperator(Matrix(40, 1), failFromApplication: 6);
        var result = Lanczos.Run(a, new LanczosOptions { Iterations = 20 });

        result.Status.ShouldBe(LanczosStatus.NonFinite);
        result.Steps.ShouldBe(5);
        result.RitzValues.Length.ShouldBe(5);
        result.RitzValues.ShouldAllBe(x => double.IsFinite(x));
    }

    [Fact]
    public void Run_CancelledDuringStepTen_KeepsTenSteps()
    {
        using var cts = new CancellationTokenSource();
        var result = Lanczos.Run(Matrix(60, 2), new LanczosOptions { Iterations = 50 },
            step => { if (step.K == 10) cts.Cancel(); }, cts.Token);

        result.Status.ShouldBe(LanczosStatus.Cancelled);
        result.Steps.ShouldBe(10);
        result.RitzValues.Length.ShouldBe(10);
    }

    [Fact]
    public void Run_ResidualBound_EqualsTrueRitzResidualUnderFullReorth()
    {
        var a = Matrix(80, 3);
        var result = Lanczos.Run(a, new LanczosOptions { Iterations = 30, KeepBasis = true, Seed = 4 });
        var (values, z) = SymmetricTridiagonalEigensolver.SolveWithVectors(result.Alpha, result.Beta.AsSpan(0, 29));
        int k = 30, n = 80;
        var y = new double[n];
        var ay = new double[n];
        for (int i = 0; i < k; i++)
        {
            Array.Clear(y);
            for (int j = 0; j < k; j++)
                for (int t = 0; t < n; t++) y[t] += z[j * k + i] * result.Basis![j][t];
            a.Apply(y, ay);
            double residual = Math.Sqrt(ay.Select((v, t) => (v - values[i] * y[t]) * (v - values[i] * y[t])).Sum());
            residual.ShouldBe(result.ResidualBounds[i], 1e-10);
        }
    }

    [Fact]
    public void Run_KeepBasis_AlphaIsRayleighQuotientOfEachVector()
    {
        var a = Matrix(50, 5);
        var result = Lanczos.Run(a, new LanczosOptions { Iterations = 20, KeepBasis = true });
        var av = new double[50];
        for (int k = 0; k < 20; k++)
        {
            a.Apply(result.Basis![k], av);
            av.Zip(result.Basis[k], (x, y) => x * y).Sum().ShouldBe(result.Alpha[k], 1e-12);
        }
    }

    [Fact]
    public void Run_SameSeed_SameStartVectorForEveryVariant()
    {
        var a = Matrix(30, 6);
        var options = new LanczosOptions { Iterations = 5, Seed = 42, KeepBasis = true };
        var none = Lanczos.Run(a, options with { Reorthogonalization = Reorthogonalization.None });
        var full = Lanczos.Run(a, options);
        none.Basis![0].ShouldBe(full.Basis![0]);
        none.Alpha[0].ShouldBe(full.Alpha[0]);
        Lanczos.Run(a, options with { Seed = 43 }).Alpha[0].ShouldNotBe(full.Alpha[0]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void Run_IterationsOutOfRange_ThrowsWithMessage(int iterations)
    {
        var ex = Should.Throw<ArgumentException>(() => Lanczos.Run(Matrix(30, 7), new LanczosOptions { Iterations = iterations }));
        ex.Message.ShouldContain("Iterations");
    }

    [Fact]
    public void Run_StartVectorOfWrongLength_Throws()
    {
        Should.Throw<ArgumentException>(() => Lanczos.Run(Matrix(30, 8), new LanczosOptions { Iterations = 3, StartVector = new double[29] }))
            .Message.ShouldContain("length 29");
    }

    [Fact]
    public void Run_StepTimings_SplitOperatorFromTheRest()
    {
        var steps = new List<LanczosStep>();
        var result = Lanczos.Run(Matrix(100, 9), new LanczosOptions { Iterations = 20 }, steps.Add);
        steps.ShouldAllBe(s => s.OperatorTime >= TimeSpan.Zero && s.OtherTime >= TimeSpan.Zero);
        result.OperatorTime.ShouldBeLessThanOrEqualTo(result.Elapsed);
    }
}
