using HessianDashboard.Core.Randomness;
using HessianDashboard.Torch.Models.Gpt;
using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models;

/// <summary>
/// karpathy/nanoGPT (bias=False, pre-LayerNorm blocks, GELU MLP, tied head) as a character model,
/// with nanoGPT's parameter names (<c>transformer.wte.weight</c>, <c>transformer.h.0.attn.c_attn.weight</c>, …)
/// and loss L(θ) = −(1/(B·T)) Σ_{b,t} log softmax(logits_{b,t})_{y_{b,t}}, the mean over all tokens.
/// </summary>
/// <remarks>
/// Initialisation as nanoGPT: weights ~ N(0, 0.02²), both <c>c_proj</c> weights ~ N(0, (0.02/√(2·n_layer))²),
/// LayerNorm weights 1, drawn in parameter order from a seeded C# stream. Built in evaluation mode
/// (dropout off, deterministic); <see cref="SetTraining"/> switches dropout on for training. Dropout
/// masks come from the model's own generator (<see cref="ReseedDropout"/>), not torch's global one.
/// </remarks>
public sealed class NanoGpt : ILossModel
{
    private readonly GptNetwork _network;
    private readonly DropoutGenerator _dropout;

    /// <summary>Builds and initialises the network from <paramref name="seed"/> on <paramref name="device"/> (CPU when null).</summary>
    public NanoGpt(NanoGptConfig? config = null, int seed = 0, ModelPrecision precision = ModelPrecision.Float64, Device? device = null)
    {
        Config = config ?? NanoGptConfig.Thesis;
        Config.Validate();
        Runtime.TorchRuntime.EnsureLoaded();
        Seed = seed;
        Precision = precision;
        _dropout = new DropoutGenerator((ulong)seed);
        _network = new GptNetwork(Config, _dropout);
        _network.to(precision.ToScalarType());
        var sampler = new GaussianSampler(seed);
        double projectionStd = 0.02 / Math.Sqrt(2.0 * Config.Layers);
        foreach (var (name, parameter) in _network.named_parameters())
        {
            if (name.EndsWith("ln_1.weight", StringComparison.Ordinal) || name.EndsWith("ln_2.weight", StringComparison.Ordinal)
                || name.EndsWith("ln_f.weight", StringComparison.Ordinal))
                ParameterInit.Ones(parameter);
            else
                ParameterInit.Normal(parameter, sampler, name.EndsWith("c_proj.weight", StringComparison.Ordinal) ? projectionStd : 0.02);
        }
        if (device is not null) _network.to(device);
        Device = device ?? CPU;
        _network.eval();
    }

    /// <summary>The architecture.</summary>
    public NanoGptConfig Config { get; }

    /// <summary>The seed the parameters were initialised from.</summary>
    public int Seed { get; }

    /// <summary>Parameter and activation dtype.</summary>
    public ModelPrecision Precision { get; }

    /// <summary>Where the parameters live.</summary>
    public Device Device { get; }

    /// <summary>Number of scalar parameters (804,096 for the thesis configuration).</summary>
    public long ParameterCount => Config.ParameterCount;

    /// <summary>Whether dropout is active (training mode).</summary>
    public bool IsTraining => _network.training;

    /// <inheritdoc />
    public nn.Module Module => _network;

    /// <summary>A tensor-free summary (kind, config JSON, counts, names and shapes).</summary>
    public ModelDescription Describe() => new(
        ModelKind.NanoGpt, Checkpoints.ModelConfigJson.Write(Config), ParameterCount, Precision, Device.ToString(), Seed, ModelParameter.Of(_network));

    /// <summary>Training mode (dropout on) or evaluation mode (dropout off, the default).</summary>
    public void SetTraining(bool training)
    {
        if (training) _network.train();
        else _network.eval();
    }

    /// <summary>Restarts the dropout mask stream (this model's own generator, initially seeded with <see cref="Seed"/>).</summary>
    public void ReseedDropout(long seed) => _dropout.Reseed((ulong)seed);

    /// <summary>Logits [B, T, V] for int64 tokens [B, T].</summary>
    public Tensor Logits(Tensor tokens)
    {
        ValidateTokens(tokens, nameof(tokens));
        return _network.call(tokens);
    }

    /// <inheritdoc />
    public Tensor Loss(Tensor inputs, Tensor targets)
    {
        ValidateBatch(inputs, targets);
        using var scope = NewDisposeScope();
        Tensor logits = _network.call(inputs);
        Tensor logLikelihoods = nn.functional.log_softmax(logits.view(-1, Config.VocabularySize), 1);
        return nn.functional.nll_loss(logLikelihoods, targets.reshape(-1)).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    public void ValidateBatch(Tensor inputs, Tensor targets)
    {
        ValidateTokens(inputs, nameof(inputs));
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.dtype != ScalarType.Int64 || !targets.shape.SequenceEqual(inputs.shape) || targets.device_type != Device.type)
        {
            throw new ArgumentException(
                $"NanoGPT targets must be int64 [{string.Join(", ", inputs.shape)}] on {Device} like the inputs; " +
                $"got [{string.Join(", ", targets.shape)}] {targets.dtype} on {targets.device}.", nameof(targets));
        }
        TensorChecks.RequireRange(targets, Config.VocabularySize, "target token");
    }

    private void ValidateTokens(Tensor tokens, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(tokens, parameterName);
        if (tokens.dim() != 2 || tokens.dtype != ScalarType.Int64 || tokens.shape[0] < 1
            || tokens.shape[1] < 1 || tokens.shape[1] > Config.BlockSize || tokens.device_type != Device.type)
        {
            throw new ArgumentException(
                $"NanoGPT expects int64 tokens [B, T] with B ≥ 1, 1 ≤ T ≤ block_size {Config.BlockSize} on {Device}; " +
                $"got [{string.Join(", ", tokens.shape)}] {tokens.dtype} on {tokens.device}.", parameterName);
        }
        TensorChecks.RequireRange(tokens, Config.VocabularySize, "token");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _network.Dispose();
        _dropout.Dispose();
    }
}
