using static TorchSharp.torch;

namespace HessianDashboard.Torch.Training;

/// <summary>
/// nanoGPT's <c>get_batch</c>: B random offsets i ∈ [0, len − T), inputs tokens[i … i+T), targets
/// tokens[i+1 … i+T]. Offsets come from a seeded <see cref="SplitMix64"/>, so the batch sequence is
/// reproducible. Internal until the data readers' sampler is merged; then swap.
/// </summary>
internal sealed class BlockSampler
{
    private readonly int[] _tokens;
    private readonly int _block;
    private readonly SplitMix64 _random;

    public BlockSampler(int[] tokens, int block, SplitMix64 random)
    {
        if (tokens.Length < block + 1)
            throw new ArgumentException($"The split has {tokens.Length} tokens; a block of {block} needs at least {block + 1}.");
        _tokens = tokens;
        _block = block;
        _random = random;
    }

    /// <summary>Inputs and targets, both int64 [batch, block] on <paramref name="device"/>.</summary>
    public (Tensor Inputs, Tensor Targets) Next(int batch, Device device)
    {
        var x = new long[batch * _block];
        var y = new long[batch * _block];
        for (int b = 0; b < batch; b++)
        {
            int offset = (int)_random.NextBelow(_tokens.Length - _block);
            for (int t = 0; t < _block; t++)
            {
                x[b * _block + t] = _tokens[offset + t];
                y[b * _block + t] = _tokens[offset + t + 1];
            }
        }
        long[] shape = [batch, _block];
        return (tensor(x, shape).to(device), tensor(y, shape).to(device));
    }
}
