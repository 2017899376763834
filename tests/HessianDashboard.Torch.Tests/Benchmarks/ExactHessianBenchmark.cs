using System.Diagnostics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Torch.Hessian;
using HessianDashboard.Torch.Tests.TestSupport;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.Benchmarks;

/// <summary>
/// The exact-Hessian path at a realistic scale (784-4-10 sigmoid MLP, n = 3,190, N = 2,000, float64):
/// time per row against a paired HVP, the eigensolver's time, the working set, and the Lanczos(100)
/// extreme Ritz values against the exact extremes. Explicit (about a minute on 2 cores).
/// </summary>
public sealed class ExactHessianBenchmark
{
    [Fact(Explicit = true)]
    [Trait("Category", "Benchmark")]
    public void Compute_Mlp784x4x10_RowCostAndLanczosExtremes()
    {
        const int samples = 2_000;
        using var model = TestModels.SigmoidNet(784, 4, 10, seed: 5, scale: 0.05);
        var random = new Random(6);
        using var inputs = tensor(Enumerable.Range(0, samples * 784).Select(_ => random.NextDouble()).ToArray(), [samples, 784], ScalarType.Float64);
        using var targets = TestData.Classes(samples, 10, 7);
        using var hvp = new HessianVectorProduct(model, inputs, targets);
        int n = hvp.Dimension;
        var v = TestData.Gaussian(n, 8);
        var y = new double[n];
        hvp.Apply(v, y);
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < 50; i++) hvp.Apply(v, y);
        double perHvp = watch.Elapsed.TotalMilliseconds / 50;

        long before = Environment.WorkingSet;
        var h = ExactHessian.Compute(hvp);
        watch.Restart();
        var exact = h.Eigenvalues();
        double eig = watch.Elapsed.TotalMilliseconds;
        var lanczos = Lanczos.Run(hvp, new LanczosOptions { Iterations = 100, Reorthogonalization = Reorthogonalization.Full, Seed = 1 });
        double scale = Math.Max(Math.Abs(exact[0]), Math.Abs(exact[^1]));

        string line = $"n = {n}: exact Hessian {h.Elapsed.TotalSeconds:F1} s = {h.Elapsed.TotalMilliseconds / n:F2} ms/row vs HVP {perHvp:F2} ms " +
                      $"(ratio {h.Elapsed.TotalMilliseconds / n / perHvp:F2}); asymmetry {h.Asymmetry:G3} (max|H| {h.Values.Max(Math.Abs):G3}); " +
                      $"eigvalsh {eig / 1000:F1} s; working set +{(Environment.WorkingSet - before) / 1e6:F0} MB for an {8.0 * n * n / 1e6:F0} MB matrix; " +
                      $"λ_max {exact[^1]:G10} vs Lanczos(100) {lanczos.RitzValues[^1]:G10} (rel {Math.Abs(exact[^1] - lanczos.RitzValues[^1]) / scale:G3}); " +
                      $"λ_min {exact[0]:G6} vs {lanczos.RitzValues[0]:G6}";
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.WriteLine(line);
        lanczos.RitzValues[^1].ShouldBe(exact[^1], 1e-8 * scale);
    }
}
