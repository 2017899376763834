using HessianDashboard.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.Runtime;

public sealed class TorchRuntimeTests
{
    [Fact]
    public void EnsureLoaded_OnThisMachine_LoadsLibtorchAndComputes()
    {
        TorchRuntime.EnsureLoaded().ShouldNotBeNullOrWhiteSpace();
        using var scope = NewDisposeScope();
        // A 3×3 symmetric eigenproblem with a closed form: eigenvalues of tridiag(-1, 2, -1) are 2 - √2, 2, 2 + √2.
        Tensor a = tensor(new double[] { 2, -1, 0, -1, 2, -1, 0, -1, 2 }, new long[] { 3, 3 }, ScalarType.Float64);
        double[] values = linalg.eigvalsh(a).data<double>().ToArray();
        values[0].ShouldBe(2 - Math.Sqrt(2), 1e-14);
        values[1].ShouldBe(2, 1e-14);
        values[2].ShouldBe(2 + Math.Sqrt(2), 1e-14);
    }

    [Fact]
    public void Autograd_DoubleBackward_GivesTheHessianVectorProduct()
    {
        using var scope = NewDisposeScope();
        // f(x) = Σ x_i³ has H = diag(6 x), so H·v = 6 x ⊙ v.
        Tensor x = tensor(new double[] { 1, -2, 3 }, ScalarType.Float64).requires_grad_();
        Tensor f = x.pow(3).sum();
        Tensor g = autograd.grad(new[] { f }, new[] { x }, create_graph: true, retain_graph: true)[0];
        Tensor v = tensor(new double[] { 0.5, 1, -1 }, ScalarType.Float64);
        Tensor hv = autograd.grad(new[] { g }, new[] { x }, new[] { v }, retain_graph: true)[0];
        hv.data<double>().ToArray().ShouldBe(new[] { 3.0, -12.0, -18.0 });
    }

    [Fact]
    public void Resolve_Cpu_IsCpuAndUnknownNamesAreRejected()
    {
        TorchDevice.Resolve("cpu").type.ShouldBe(DeviceType.CPU);
        TorchDevice.Resolve(null).type.ShouldBe(cuda.is_available() ? DeviceType.CUDA : DeviceType.CPU);
        Should.Throw<ArgumentException>(() => TorchDevice.Resolve("tpu")).Message.ShouldContain("Unknown device");
        if (!cuda.is_available())
            Should.Throw<ArgumentException>(() => TorchDevice.Resolve("cuda")).Message.ShouldContain("CUDA");
    }
}
