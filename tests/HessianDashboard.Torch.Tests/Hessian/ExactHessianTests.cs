using HessianDashboard.Core.Spectrum;
using HessianDashboard.Torch.Hessian;
using HessianDashboard.Torch.Tests.TestSupport;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.Hessian;

public sealed class ExactHessianTests : IDisposable
{
    private readonly DelegateLossModel _model = TestModels.SigmoidNet(5, 4, 3, seed: 50);
    private readonly Tensor _inputs = TestData.Matrix(TestData.Gaussian(20 * 5, 51), 20, 5);
    private readonly Tensor _targets = TestData.Classes(20, 3, 52);
    private readonly string _directory = Directory.CreateTempSubdirectory("hessian-rows-").FullName;

    [Fact]
    public void Compute_SigmoidNet_IsSymmetricAndEqualsHvpColumns()
    {
        using var hvp = new HessianVectorProduct(_model, _inputs, _targets);
        var progress = new List<ExactHessianProgress>();
        var h = ExactHessian.Compute(hvp, progress: progress.Add);
        int n = hvp.Dimension;
        h.Dimension.ShouldBe(n);
        double scale = h.Values.Max(Math.Abs);
        h.Asymmetry.ShouldBeLessThan(1e-14 * scale);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) h[i, j].ShouldBe(h[j, i]);
        var v = TestData.Gaussian(n, 53);
        TestData.RelativeError(TestData.Multiply(h.Values, n, v), TestData.Apply(hvp, v)).ShouldBeLessThan(1e-13);
        progress[^1].RowsDone.ShouldBe(n);
        progress.Select(p => p.RowsDone).ShouldBeInOrder();
    }

    [Fact]
    public void Compute_ResumedFromPartialRowFile_GivesTheSameMatrix()
    {
        using var hvp = new HessianVectorProduct(_model, _inputs, _targets);
        var reference = ExactHessian.Compute(hvp);
        string file = Path.Combine(_directory, "rows.bin");
        using var cts = new CancellationTokenSource();
        var options = new ExactHessianOptions { RowFile = file, Fingerprint = hvp.Fingerprint(), BlockRows = 4 };
        Should.Throw<OperationCanceledException>(() => ExactHessian.Compute(hvp, options,
            p => { if (p.RowsDone >= 12) cts.Cancel(); }, cts.Token));
        // Simulate a crash in the middle of a block: a partial row after the last complete one.
        File.AppendAllBytes(file, new byte[8 * 5]);
        var resumed = ExactHessian.Compute(hvp, options);
        resumed.RowsResumed.ShouldBe(12);
        resumed.Values.ShouldBe(reference.Values);
    }

    [Fact]
    public void Compute_RowFileOfAnotherBatch_IsRefused()
    {
        string file = Path.Combine(_directory, "rows.bin");
        using (var hvp = new HessianVectorProduct(_model, _inputs, _targets))
            ExactHessian.Compute(hvp, file);
        using var otherInputs = TestData.Matrix(TestData.Gaussian(20 * 5, 54), 20, 5);
        using var other = new HessianVectorProduct(_model, otherInputs, _targets);
        Should.Throw<InvalidDataException>(() => ExactHessian.Compute(other, file)).Message.ShouldContain("fingerprint");
        using var block = new HessianVectorProduct(_model, _inputs, _targets, new HessianOptions { ParameterPatterns = ["2.*"] });
        Should.Throw<InvalidDataException>(() => ExactHessian.Compute(block, file)).Message.ShouldContain("dimension");
        File.Delete(HessianRowFileSidecar(file));
        Should.Throw<InvalidDataException>(() => ExactHessian.Compute(block, file)).Message.ShouldContain("no sidecar");
    }

    [Fact]
    public void Lanczos_OnHvpOperator_RecoversExactExtremeEigenvalues()
    {
        using var hvp = new HessianVectorProduct(_model, _inputs, _targets);
        var pairs = ExactHessian.Compute(hvp).Decompose(vectors: true);
        int n = hvp.Dimension;
        var result = Lanczos.Run(hvp, new LanczosOptions { Iterations = n, Reorthogonalization = Reorthogonalization.Full, Seed = 7 });
        double[] exact = pairs.Values, ritz = result.RitzValues;
        double scale = Math.Max(Math.Abs(exact[0]), Math.Abs(exact[^1]));
        ritz[^1].ShouldBe(exact[^1], 1e-8 * scale);
        ritz[0].ShouldBe(exact[0], 1e-8 * scale);
        // The top eigenvector satisfies H u = λ u through the operator.
        var u = pairs.Vectors!.AsSpan((n - 1) * n, n).ToArray();
        var hu = TestData.Apply(hvp, u);
        TestData.RelativeError(hu, u.Select(x => exact[^1] * x).ToArray()).ShouldBeLessThan(1e-10);
    }

    [Fact]
    public void FromArray_ManagedMatrix_IsSharedNotCopied()
    {
        // DenseHessian.Decompose relies on this to keep one copy of a 1.3 GB matrix (plus LAPACK's).
        var values = new double[] { 2, 1, 1, 2 };
        using var t = from_array(values).view(2, 2);
        values[0] = 5;
        t[0, 0].item<double>().ShouldBe(5);
    }

    private static string HessianRowFileSidecar(string rowFile) => rowFile + ".json";

    public void Dispose()
    {
        _model.Dispose();
        _inputs.Dispose();
        _targets.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
