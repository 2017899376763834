using HessianDashboard.Core.Randomness;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models;

/// <summary>
/// The thesis' sigmoid MLP as PyTorch's <c>nn.Sequential(Linear(784,16), Sigmoid(), Linear(16,10))</c>
/// (parameters <c>0.weight</c>, <c>0.bias</c>, <c>2.weight</c>, <c>2.bias</c>) with loss
/// L(θ) = −(1/N) Σᵢ log softmax(f(xᵢ; θ))_{yᵢ}, the mean cross entropy over the batch.
/// </summary>
/// <remarks>
/// Initialisation follows PyTorch's default for Linear: weight and bias ~ U(−1/√fan_in, 1/√fan_in),
/// drawn from a seeded C# stream (not torch's generator), so a seed reproduces the same θ anywhere.
/// </remarks>
public sealed class Mlp : ILossModel
{
    private readonly Sequential _network;

    /// <summary>Builds and initialises the network from <paramref name="seed"/> on <paramref name="device"/> (CPU when null).</summary>
    public Mlp(MlpConfig? config = null, int seed = 0, ModelPrecision precision = ModelPrecision.Float64, Device? device = null)
    {
        Config = config ?? MlpConfig.Thesis;
        Config.Validate();
        Runtime.TorchRuntime.EnsureLoaded();
        Seed = seed;
        Precision = precision;
        _network = nn.Sequential(
            ("0", nn.Linear(Config.Inputs, Config.Hidden)),
            ("1", nn.Sigmoid()),
            ("2", nn.Linear(Config.Hidden, Config.Classes)));
        _network.to(precision.ToScalarType());
        var sampler = new GaussianSampler(seed);
        foreach (var (name, parameter) in _network.named_parameters())
        {
            long fanIn = name.StartsWith("0.", StringComparison.Ordinal) ? Config.Inputs : Config.Hidden;
            ParameterInit.Uniform(parameter, sampler, 1.0 / Math.Sqrt(fanIn));
        }
        if (device is not null) _network.to(device);
        Device = device ?? CPU;
        _network.eval();
    }

    /// <summary>The layer sizes.</summary>
    public MlpConfig Config { get; }

    /// <summary>The seed the parameters were initialised from.</summary>
    public int Seed { get; }

    /// <summary>Parameter and activation dtype.</summary>
    public ModelPrecision Precision { get; }

    /// <summary>Where the parameters live.</summary>
    public Device Device { get; }

    /// <summary>Number of scalar parameters (12,730 for 784-16-10).</summary>
    public long ParameterCount => Config.ParameterCount;

    /// <inheritdoc />
    public nn.Module Module => _network;

    /// <summary>A tensor-free summary (kind, config JSON, counts, names and shapes).</summary>
    public ModelDescription Describe() => new(
        ModelKind.Mlp, Checkpoints.ModelConfigJson.Write(Config), ParameterCount, Precision, Device.ToString(), Seed, ModelParameter.Of(_network));

    /// <summary>Logits f(x; θ) of shape [N, Classes].</summary>
    public Tensor Logits(Tensor inputs) => _network.call(inputs);

    /// <inheritdoc />
    public Tensor Loss(Tensor inputs, Tensor targets)
    {
        ValidateBatch(inputs, targets);
        using var scope = NewDisposeScope();
        Tensor logLikelihoods = nn.functional.log_softmax(_network.call(inputs), 1);
        return nn.functional.nll_loss(logLikelihoods, targets).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    public void ValidateBatch(Tensor inputs, Tensor targets)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        string shapes = $"inputs [{string.Join(", ", inputs.shape)}] {inputs.dtype}, targets [{string.Join(", ", targets.shape)}] {targets.dtype}";
        if (inputs.dim() != 2 || inputs.shape[1] != Config.Inputs || inputs.shape[0] < 1)
            throw new ArgumentException($"MLP {Config} expects inputs [N, {Config.Inputs}] with N ≥ 1; got {shapes}.", nameof(inputs));
        if (inputs.dtype != Precision.ToScalarType())
            throw new ArgumentException($"MLP is {Precision.ToScalarType()}; got {shapes}.", nameof(inputs));
        if (targets.dim() != 1 || targets.shape[0] != inputs.shape[0] || targets.dtype != ScalarType.Int64)
            throw new ArgumentException($"MLP expects int64 targets [{inputs.shape[0]}]; got {shapes}.", nameof(targets));
        if (inputs.device_type != Device.type || targets.device_type != Device.type)
            throw new ArgumentException($"MLP lives on {Device}; got inputs on {inputs.device}, targets on {targets.device}.");
        TensorChecks.RequireRange(targets, Config.Classes, "class");
    }

    /// <inheritdoc />
    public void Dispose() => _network.Dispose();
}
