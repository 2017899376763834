using System.Runtime.InteropServices;
using TorchSharp;

namespace HessianDashboard.Torch.Runtime;

/// <summary>
/// Loads libtorch once, with a message that says what to do when it cannot be loaded (the native
/// libraries missing from the output, or an old libstdc++ without the build's weak-need fix).
/// </summary>
public static class TorchRuntime
{
    private static readonly Lazy<string> Version = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads libtorch (idempotent) and returns its version string.</summary>
    public static string EnsureLoaded() => Version.Value;

    private static string Load()
    {
        try
        {
            NativeAllocator.Configure();
            torch.InitializeDeviceType(DeviceType.CPU);
            return torch.__version__;
        }
        catch (Exception e) when (e is DllNotFoundException or NotSupportedException or TypeInitializationException or ExternalException)
        {
            throw new InvalidOperationException(
                "libtorch could not be loaded: " + e.Message + " On Linux with a libstdc++ older than GCC 13's, the build marks " +
                "libLibTorchSharp.so's GLIBCXX_3.4.32 need weak (docs/decisions/005-libstdcxx-weak-version-need.md); " +
                "rebuild, or run from a build or publish output rather than a copied folder.", e);
        }
    }
}
