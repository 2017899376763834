using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.TestSupport;

/// <summary>Seeded batches and dense-matrix helpers for the Hessian tests.</summary>
public static class TestData
{
    public static double[] Gaussian(int count, Random random)
    {
        var v = new double[count];
        for (int i = 0; i < count; i++)
            v[i] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return v;
    }

    public static double[] Gaussian(int count, int seed) => Gaussian(count, new Random(seed));

    public static Tensor Matrix(double[] values, int rows, int cols, ScalarType dtype = ScalarType.Float64) =>
        tensor(values, [rows, cols], ScalarType.Float64).to(dtype);

    /// <summary>Random class labels 0..k−1 as int64.</summary>
    public static Tensor Classes(int n, int k, int seed)
    {
        var random = new Random(seed);
        return tensor(Enumerable.Range(0, n).Select(_ => (long)random.Next(k)).ToArray(), ScalarType.Int64);
    }

    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    public static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));

    /// <summary>‖a − b‖ / ‖b‖.</summary>
    public static double RelativeError(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double d = 0;
        for (int i = 0; i < a.Length; i++) d += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.Sqrt(d) / Norm(b);
    }

    /// <summary>y = A x for a row-major n × n A.</summary>
    public static double[] Multiply(double[] a, int n, ReadOnlySpan<double> x)
    {
        var y = new double[n];
        for (int i = 0; i < n; i++) y[i] = Dot(a.AsSpan(i * n, n), x);
        return y;
    }

    public static double[] Apply(HessianDashboard.Core.Operators.ISymmetricOperator op, double[] x)
    {
        var y = new double[op.Dimension];
        op.Apply(x, y);
        return y;
    }
}
