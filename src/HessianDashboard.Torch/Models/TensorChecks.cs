using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models;

/// <summary>Value checks run before a batch reaches autograd (whose native errors can abort the process).</summary>
internal static class TensorChecks
{
    /// <summary>Throws unless every entry of the int64 <paramref name="values"/> is in [0, <paramref name="limit"/>).</summary>
    public static void RequireRange(Tensor values, long limit, string what)
    {
        if (values.numel() == 0) return;
        using var _ = no_grad();
        using Tensor min = values.min();
        using Tensor max = values.max();
        long low = min.item<long>(), high = max.item<long>();
        if (low < 0 || high >= limit)
            throw new ArgumentException($"Every {what} must be in [0, {limit}); got values from {low} to {high}.", nameof(values));
    }
}
