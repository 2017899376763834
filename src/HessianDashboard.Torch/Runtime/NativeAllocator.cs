using System.Runtime.InteropServices;

namespace HessianDashboard.Torch.Runtime;

/// <summary>
/// Keeps glibc's malloc from handing libtorch's large, short-lived autograd buffers back to the kernel after every
/// backward pass (docs/decisions/008-keep-freed-memory-for-libtorch.md). With the defaults a NanoGPT Hessian-vector
/// product over 400 blocks spent ~40 % of its CPU time in the kernel zeroing fresh pages; keeping freed memory in the
/// heap made it ~1.5× faster. Linux with glibc only; an explicit MALLOC_*_ environment variable wins.
/// </summary>
internal static class NativeAllocator
{
    private const int TrimThreshold = -1, TopPad = -2, MmapThreshold = -3;

    /// <summary>Largest mmap threshold glibc accepts on 64-bit (HEAP_MAX_SIZE / 2).</summary>
    private const int MaxMmapThreshold = 32 * 1024 * 1024;

    /// <summary>Applies the settings once; returns a description of what was set (for logs), or why nothing was.</summary>
    public static string Configure()
    {
        if (!OperatingSystem.IsLinux()) return "not Linux: allocator left as is";
        try
        {
            var applied = new List<string>();
            Set("MALLOC_TRIM_THRESHOLD_", TrimThreshold, int.MaxValue, applied);
            Set("MALLOC_TOP_PAD_", TopPad, 1 << 30, applied);
            Set("MALLOC_MMAP_THRESHOLD_", MmapThreshold, MaxMmapThreshold, applied);
            return applied.Count == 0 ? "allocator settings come from the environment" : "malloc: " + string.Join(", ", applied);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return "no glibc mallopt: allocator left as is";
        }
    }

    private static void Set(string environmentVariable, int parameter, int value, List<string> applied)
    {
        if (Environment.GetEnvironmentVariable(environmentVariable) is not null) return;
        if (Mallopt(parameter, value) == 1) applied.Add($"{environmentVariable.Trim('_').ToLowerInvariant()}={value}");
    }

    // DllImport rather than LibraryImport: two blittable ints need no marshalling code and no unsafe build.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int Mallopt(int parameter, int value);
#pragma warning restore SYSLIB1054
}
