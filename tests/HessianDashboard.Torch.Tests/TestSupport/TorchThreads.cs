using System.Runtime.CompilerServices;
using HessianDashboard.Torch.Runtime;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.TestSupport;

/// <summary>
/// One libtorch intra-op thread for the whole test run: on the shared 2-core machine, OpenMP workers
/// spinning against other processes made tiny products ~10× slower (benchmark and
/// docs/algorithms/hessian-vector-products.md, "Threads"); test classes already run in parallel.
/// </summary>
internal static class TorchThreads
{
    [ModuleInitializer]
    internal static void UseOneThread()
    {
        TorchRuntime.EnsureLoaded();
        set_num_threads(1);
    }
}
