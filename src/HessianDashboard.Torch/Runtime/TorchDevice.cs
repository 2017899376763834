using TorchSharp;

namespace HessianDashboard.Torch.Runtime;

/// <summary>
/// Chooses the libtorch device from a name ("cpu", "cuda", "cuda:1", or "auto" = CUDA when a CUDA
/// build of libtorch is loaded and a GPU is visible, else CPU). Nothing else in the product names a
/// device, so a GPU box only changes configuration.
/// </summary>
public static class TorchDevice
{
    /// <summary>The device names accepted by <see cref="Resolve"/>.</summary>
    public const string Accepted = "auto, cpu, cuda or cuda:N";

    /// <summary>Resolves <paramref name="name"/> to a device, failing with a clear message when CUDA is asked for but absent.</summary>
    public static torch.Device Resolve(string? name)
    {
        TorchRuntime.EnsureLoaded();
        string normalized = string.IsNullOrWhiteSpace(name) ? "auto" : name.Trim().ToLowerInvariant();
        if (normalized == "auto")
            return torch.cuda.is_available() ? new torch.Device(DeviceType.CUDA) : new torch.Device(DeviceType.CPU);
        if (normalized == "cpu") return new torch.Device(DeviceType.CPU);
        if (normalized == "cuda" || normalized.StartsWith("cuda:", StringComparison.Ordinal))
        {
            if (!torch.cuda.is_available())
            {
                throw new ArgumentException(
                    $"Device '{name}' asked for CUDA, but this build has no CUDA libtorch or no GPU is visible. " +
                    "Reference a TorchSharp CUDA package (e.g. TorchSharp-cuda-linux) on the GPU machine, or use 'cpu'.");
            }
            if (normalized == "cuda") return new torch.Device(DeviceType.CUDA);
            if (int.TryParse(normalized.AsSpan(5), out int index) && index >= 0 && index < torch.cuda.device_count())
                return new torch.Device(DeviceType.CUDA, index);
            throw new ArgumentException($"Device '{name}': there are {torch.cuda.device_count()} CUDA devices.");
        }
        throw new ArgumentException($"Unknown device '{name}'; use {Accepted}.");
    }
}
