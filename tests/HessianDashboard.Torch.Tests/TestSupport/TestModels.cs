using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.TestSupport;

/// <summary>
/// Small models with known Hessians, parameters drawn from a seeded <see cref="Random"/> (never
/// libtorch's global generator, which tests running in parallel would share).
/// </summary>
public static class TestModels
{
    /// <summary>L = (1/N) Σ‖W xᵢ − yᵢ‖², W ∈ ℝ^{k×d} without bias: H = I_k ⊗ (2/N) XᵀX.</summary>
    public static DelegateLossModel LeastSquares(int d, int k, int seed, ScalarType dtype = ScalarType.Float64)
    {
        var linear = nn.Linear(d, k, hasBias: false, dtype: dtype);
        Randomize(linear, seed);
        return new DelegateLossModel(linear, (x, y) => (linear.forward(x) - y).square().sum(1).mean(), d);
    }

    /// <summary>L = (1/N) Σ softplus(zᵢ) − yᵢ zᵢ with z = wᵀx + b: H = (1/N) Σ σ(1−σ) x̃ x̃ᵀ, x̃ = (x, 1).</summary>
    public static DelegateLossModel Logistic(int d, int seed)
    {
        var linear = nn.Linear(d, 1, dtype: ScalarType.Float64);
        Randomize(linear, seed);
        return new DelegateLossModel(linear, (x, y) =>
        {
            var z = linear.forward(x).squeeze(1);
            return (nn.functional.softplus(z) - y * z).mean();
        }, d);
    }

    /// <summary>Linear(d, h) → sigmoid → Linear(h, k), mean cross-entropy; parameters "0.weight", "0.bias", "2.weight", "2.bias".</summary>
    public static DelegateLossModel SigmoidNet(int d, int h, int k, int seed, ScalarType dtype = ScalarType.Float64, double scale = 1)
    {
        var net = nn.Sequential(("0", nn.Linear(d, h, dtype: dtype)), ("1", nn.Sigmoid()), ("2", nn.Linear(h, k, dtype: dtype)));
        Randomize(net, seed, scale);
        net.eval();
        return new DelegateLossModel(net, (x, y) => nn.functional.cross_entropy(net.forward(x), y), d);
    }

    /// <summary>Linear → dropout(0.5) → Linear, left in training mode: a random loss.</summary>
    public static DelegateLossModel DropoutNet(int d, int seed, bool training)
    {
        var net = nn.Sequential(("0", nn.Linear(d, 4, dtype: ScalarType.Float64)), ("1", nn.Dropout(0.5)), ("2", nn.Linear(4, 3, dtype: ScalarType.Float64)));
        Randomize(net, seed);
        if (training) net.train(); else net.eval();
        return new DelegateLossModel(net, (x, y) => nn.functional.cross_entropy(net.forward(x), y), d);
    }

    /// <summary>A least-squares loss plus fresh uniform noise on every evaluation, in eval mode.</summary>
    public static DelegateLossModel Noisy(int d, int seed)
    {
        var linear = nn.Linear(d, 3, hasBias: false, dtype: ScalarType.Float64);
        Randomize(linear, seed);
        linear.eval();
        return new DelegateLossModel(linear, (x, y) =>
            (linear.forward(x) * (1 + 1e-3 * rand(x.shape[0], 1, dtype: ScalarType.Float64)) - y).square().sum(1).mean(), d);
    }

    public static void Randomize(nn.Module module, int seed, double scale = 1)
    {
        var random = new Random(seed);
        using var guard = no_grad();
        module.eval();
        foreach (var (_, p) in module.named_parameters())
        {
            var values = new double[p.numel()];
            for (int i = 0; i < values.Length; i++) values[i] = scale * (2 * random.NextDouble() - 1);
            using var source = tensor(values, p.shape, ScalarType.Float64);
            p.copy_(source);
        }
    }
}
