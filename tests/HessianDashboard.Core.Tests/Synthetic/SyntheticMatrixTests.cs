using HessianDashboard.Core.Synthetic;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace HessianDashboard.Core.Tests.Synthetic;

public sealed class SyntheticMatrixTests
{
    [Theory]
    [InlineData(SpectrumKind.Custom)]
    [InlineData(SpectrumKind.Banded)]
    [InlineData(SpectrumKind.Uniform)]
    public void Create_N100_EigenvaluesMatchTruth(SpectrumKind kind)
    {
        const int n = 100;
        var lambda = SyntheticSpectrum.Generate(new SyntheticSpectrumOptions(kind, n, 21));

        var matrix = SyntheticMatrix.Create(lambda, 8);
        var evd = Matrix<double>.Build.DenseOfRowMajor(n, n, matrix.Operator.Entries.ToArray()).Evd(Symmetricity.Symmetric);
        var computed = evd.EigenValues.Select(c => c.Real).Order().ToArray();

        double tolerance = 1e-10 * lambda.Max(Math.Abs);
        matrix.Dimension.ShouldBe(n);
        matrix.Eigenvalues.ToArray().ShouldBe(lambda);
        for (int i = 0; i < n; i++) computed[i].ShouldBe(lambda[i], tolerance);
    }

    [Fact]
    public void Create_Any_IsExactlySymmetric()
    {
        const int n = 64;
        var matrix = SyntheticMatrix.Create(SyntheticSpectrum.Generate(new SyntheticSpectrumOptions(SpectrumKind.Gaussian, n, 2)), 3);

        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++)
                matrix.Operator[i, j].ShouldBe(matrix.Operator[j, i], 0.0);
    }

    [Fact]
    public void Create_TraceEqualsEigenvalueSum()
    {
        double[] lambda = [3.0, -1.0, 0.0, 0.0, 2.5, 7.0, -4.0];

        var matrix = SyntheticMatrix.Create(lambda, 1);

        double trace = Enumerable.Range(0, lambda.Length).Sum(i => matrix.Operator[i, i]);
        trace.ShouldBe(lambda.Sum(), 1e-12);
    }

    [Fact]
    public void Create_UnsortedEigenvalues_SameMatrixAsSortedAndTruthSorted()
    {
        double[] unsorted = [5.0, -2.0, 1.0, 0.0];

        var a = SyntheticMatrix.Create(unsorted, 4);
        var b = SyntheticMatrix.Create([-2.0, 0.0, 1.0, 5.0], 4);

        a.Operator.Entries.ToArray().ShouldBe(b.Operator.Entries.ToArray());
        a.Eigenvalues.ToArray().ShouldBe([-2.0, 0.0, 1.0, 5.0]);
        unsorted.ShouldBe([5.0, -2.0, 1.0, 0.0]);
    }

    [Fact]
    public void Create_SameSeed_IsDeterministic()
    {
        double[] lambda = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];

        SyntheticMatrix.Create(lambda, 9).Operator.Entries.ToArray()
            .ShouldBe(SyntheticMatrix.Create(lambda, 9).Operator.Entries.ToArray());
    }

    [Fact]
    public void Create_Empty_Throws()
    {
        Should.Throw<ArgumentException>(() => SyntheticMatrix.Create([], 1));
    }

    [Fact]
    public void Create_NaN_Throws()
    {
        Should.Throw<ArgumentException>(() => SyntheticMatrix.Create([1.0, double.NaN], 1));
    }
}
