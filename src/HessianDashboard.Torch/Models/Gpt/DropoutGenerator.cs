using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models.Gpt;

/// <summary>One torch generator per model for its dropout masks, re-seedable, created on the tensors' device.</summary>
internal sealed class DropoutGenerator : IDisposable
{
    private Generator? _generator;
    private ulong _seed;

    public DropoutGenerator(ulong seed) => _seed = seed;

    /// <summary>Restarts the mask stream from <paramref name="seed"/>.</summary>
    public void Reseed(ulong seed)
    {
        _seed = seed;
        _generator?.Dispose();
        _generator = null;
    }

    public Generator For(Device device)
    {
        if (_generator is null || _generator.device.type != device.type || _generator.device.index != device.index)
        {
            _generator?.Dispose();
            _generator = new Generator(_seed, device);
        }
        return _generator;
    }

    public void Dispose() => _generator?.Dispose();
}
