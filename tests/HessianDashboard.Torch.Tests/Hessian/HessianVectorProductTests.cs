using HessianDashboard.Torch.Hessian;
using HessianDashboard.Torch.Tests.TestSupport;
using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.Hessian;

public sealed class HessianVectorProductTests
{
    [Fact]
    public void Apply_LeastSquares_EqualsKroneckerOfTwoOverNXtX()
    {
        const int d = 5, k = 3, n = 40;
        using var model = TestModels.LeastSquares(d, k, seed: 1);
        var x = TestData.Gaussian(n * d, 2);
        using var inputs = TestData.Matrix(x, n, d);
        using var targets = TestData.Matrix(TestData.Gaussian(n * k, 3), n, k);
        using var hvp = new HessianVectorProduct(model, inputs, targets);
        hvp.Dimension.ShouldBe(k * d);

        // H[(r,j),(s,l)] = δ_rs (2/N) Σᵢ x_ij x_il for W flattened row-major.
        int dim = k * d;
        var expected = new double[dim * dim];
        for (int r = 0; r < k; r++)
            for (int j = 0; j < d; j++)
                for (int l = 0; l < d; l++)
                {
                    double s = 0;
                    for (int i = 0; i < n; i++) s += x[i * d + j] * x[i * d + l];
                    expected[(r * d + j) * dim + r * d + l] = 2.0 / n * s;
                }
        for (int seed = 0; seed < 3; seed++)
        {
            var v = TestData.Gaussian(dim, 10 + seed);
            TestData.RelativeError(TestData.Apply(hvp, v), TestData.Multiply(expected, dim, v)).ShouldBeLessThan(1e-13);
        }
    }

    [Fact]
    public void Apply_LogisticRegression_EqualsWeightedOuterProducts()
    {
        const int d = 4, n = 50;
        using var model = TestModels.Logistic(d, seed: 4);
        var x = TestData.Gaussian(n * d, 5);
        var random = new Random(6);
        using var inputs = TestData.Matrix(x, n, d);
        using var targets = tensor(Enumerable.Range(0, n).Select(_ => (double)random.Next(2)).ToArray(), ScalarType.Float64);
        using var hvp = new HessianVectorProduct(model, inputs, targets);
        hvp.Parameters.Names.ShouldBe(["weight", "bias"]);

        var p = model.Module.named_parameters().ToDictionary(q => q.name, q => q.parameter.data<double>().ToArray());
        int dim = d + 1;
        var expected = new double[dim * dim];
        for (int i = 0; i < n; i++)
        {
            var xt = x.Skip(i * d).Take(d).Append(1.0).ToArray();
            double z = p["bias"][0] + TestData.Dot(p["weight"], xt.AsSpan(0, d));
            double sigma = 1 / (1 + Math.Exp(-z)), w = sigma * (1 - sigma) / n;
            for (int a = 0; a < dim; a++)
                for (int b = 0; b < dim; b++) expected[a * dim + b] += w * xt[a] * xt[b];
        }
        var v = TestData.Gaussian(dim, 7);
        TestData.RelativeError(TestData.Apply(hvp, v), TestData.Multiply(expected, dim, v)).ShouldBeLessThan(1e-13);
    }

    [Fact]
    public void Apply_SigmoidNet_AgreesWithFiniteDifferencesAndIsSymmetricAndLinear()
    {
        using var model = TestModels.SigmoidNet(6, 5, 4, seed: 8);
        using var inputs = TestData.Matrix(TestData.Gaussian(30 * 6, 9), 30, 6);
        using var targets = TestData.Classes(30, 4, 10);
        using var hvp = new HessianVectorProduct(model, inputs, targets);
        using var fd = new FiniteDifferenceHessianVectorProduct(model, inputs, targets);
        int n = hvp.Dimension;
        n.ShouldBe(6 * 5 + 5 + 5 * 4 + 4);
        var before = model.Module.parameters().Select(q => q.data<double>().ToArray()).ToArray();
        var u = TestData.Gaussian(n, 11);
        var v = TestData.Gaussian(n, 12);
        double[] hu = TestData.Apply(hvp, u), hv = TestData.Apply(hvp, v);

        TestData.RelativeError(TestData.Apply(fd, v), hv).ShouldBeLessThan(1e-6);
        model.Module.parameters().Select(q => q.data<double>().ToArray()).ToArray().ShouldBe(before); // θ restored bitwise
        double uHv = TestData.Dot(u, hv), vHu = TestData.Dot(v, hu);
        Math.Abs(uHv - vHu).ShouldBeLessThan(1e-12 * TestData.Norm(u) * TestData.Norm(hv));
        var combo = u.Zip(v, (a, b) => 2 * a - 3 * b).ToArray();
        var expected = hu.Zip(hv, (a, b) => 2 * a - 3 * b).ToArray();
        TestData.RelativeError(TestData.Apply(hvp, combo), expected).ShouldBeLessThan(1e-13);
    }

    [Fact]
    public void Gradient_LeastSquares_EqualsClosedFormAndLossIsTheMean()
    {
        const int d = 3, k = 2, n = 7;
        using var model = TestModels.LeastSquares(d, k, seed: 13);
        var x = TestData.Gaussian(n * d, 14);
        var y = TestData.Gaussian(n * k, 15);
        using var inputs = TestData.Matrix(x, n, d);
        using var targets = TestData.Matrix(y, n, k);
        using var hvp = new HessianVectorProduct(model, inputs, targets, new HessianOptions { ChunkSize = 3 });
        var w = model.Module.parameters().Single().data<double>().ToArray();
        var expected = new double[k * d];
        double loss = 0;
        for (int i = 0; i < n; i++)
            for (int r = 0; r < k; r++)
            {
                double residual = TestData.Dot(w.AsSpan(r * d, d), x.AsSpan(i * d, d)) - y[i * k + r];
                loss += residual * residual / n;
                for (int j = 0; j < d; j++) expected[r * d + j] += 2.0 / n * residual * x[i * d + j];
            }
        TestData.RelativeError(hvp.Gradient(), expected).ShouldBeLessThan(1e-14);
        hvp.Loss.ShouldBe(loss, 1e-14 * loss);
    }

    [Fact]
    public void Apply_Float32Model_MatchesFloat64WithinSinglePrecision()
    {
        using var model64 = TestModels.SigmoidNet(6, 5, 4, seed: 16);
        using var model32 = TestModels.SigmoidNet(6, 5, 4, seed: 16, dtype: ScalarType.Float32);
        using var inputs = TestData.Matrix(TestData.Gaussian(30 * 6, 17), 30, 6);
        using var targets = TestData.Classes(30, 4, 18);
        using var hvp64 = new HessianVectorProduct(model64, inputs, targets);
        using var hvp32 = new HessianVectorProduct(model32, inputs, targets, new HessianOptions { Precision = HessianPrecision.Float32 });
        var v = TestData.Gaussian(hvp64.Dimension, 19);
        double error = TestData.RelativeError(TestData.Apply(hvp32, v), TestData.Apply(hvp64, v));
        error.ShouldBeLessThan(1e-5);
        error.ShouldBeGreaterThan(1e-12); // really computed in float32
    }

    [Fact]
    public void Constructor_PrecisionNotMatchingTheModel_IsRejected()
    {
        using var model = TestModels.SigmoidNet(3, 2, 2, seed: 20);
        using var inputs = TestData.Matrix(TestData.Gaussian(4 * 3, 21), 4, 3);
        using var targets = TestData.Classes(4, 2, 22);
        Should.Throw<ArgumentException>(() => new HessianVectorProduct(model, inputs, targets, new HessianOptions { Precision = HessianPrecision.Float32 }))
            .Message.ShouldContain("Module.to(");
        using var wrongWidth = TestData.Matrix(TestData.Gaussian(4 * 2, 23), 4, 2);
        Should.Throw<ArgumentException>(() => new HessianVectorProduct(model, wrongWidth, targets));
        using var hvp = new HessianVectorProduct(model, inputs, targets);
        Should.Throw<ArgumentException>(() => hvp.Apply(new double[3], new double[hvp.Dimension]));
    }

    [Fact]
    public void Apply_UnusedAndLinearParameters_GiveZeroRowsAndColumns()
    {
        // L = (1/N) Σ‖W x‖² + Σ c: the bias is unused, c enters linearly (its gradient is a constant).
        const int d = 3, k = 2, n = 6;
        var linear = nn.Linear(d, k, dtype: ScalarType.Float64);
        TestModels.Randomize(linear, 60);
        var offset = nn.Parameter(ones(2, dtype: ScalarType.Float64));
        linear.register_parameter("c", offset);
        using var model = new DelegateLossModel(linear,
            (x, _) => linear.forward(x).sub(linear.bias!).square().sum(1).mean() + offset.sum(), d);
        var x = TestData.Gaussian(n * d, 61);
        using var inputs = TestData.Matrix(x, n, d);
        using var targets = zeros(n, dtype: ScalarType.Float64);
        using var hvp = new HessianVectorProduct(model, inputs, targets);
        hvp.Parameters.Names.ShouldBe(["weight", "bias", "c"]);
        var hv = TestData.Apply(hvp, TestData.Gaussian(hvp.Dimension, 62));
        hv.Skip(k * d).ShouldAllBe(value => value == 0);
        hv.Take(k * d).ShouldContain(value => value != 0);
    }

    [Fact]
    public void Apply_ManyProducts_LeaveNoLiveTensorsBehind()
    {
        using var model = TestModels.SigmoidNet(8, 6, 3, seed: 24);
        using var inputs = TestData.Matrix(TestData.Gaussian(50 * 8, 25), 50, 8);
        using var targets = TestData.Classes(50, 3, 26);
        foreach (var policy in new[] { ChunkGraphPolicy.RetainAll, ChunkGraphPolicy.RecomputePerProduct })
        {
            using var hvp = new HessianVectorProduct(model, inputs, targets, new HessianOptions { ChunkSize = 20, ChunkPolicy = policy });
            var v = TestData.Gaussian(hvp.Dimension, 27);
            var y = new double[hvp.Dimension];
            hvp.Apply(v, y);
            long live = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
            for (int i = 0; i < 100; i++) hvp.Apply(v, y);
            DisposeScopeManager.Statistics.ThreadTotalLiveCount.ShouldBe(live, $"policy {policy}");
        }
    }
}
