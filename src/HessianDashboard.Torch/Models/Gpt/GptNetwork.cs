using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models.Gpt;

/// <summary>
/// nanoGPT's <c>GPT</c> module: logits = transformer(idx) · wteᵀ. The language-model head is the
/// token embedding itself (weight tying), so it is one Parameter and no <c>lm_head.weight</c> name.
/// </summary>
internal sealed class GptNetwork : nn.Module<Tensor, Tensor>
{
    public GptNetwork(NanoGptConfig config, DropoutGenerator generator) : base("GPT")
    {
        Transformer = new GptTransformer(config, generator);
        register_module("transformer", Transformer);
    }

    public GptTransformer Transformer { get; }

    /// <summary>Logits [B, T, V] for int64 tokens [B, T].</summary>
    public override Tensor forward(Tensor tokens)
    {
        using var scope = NewDisposeScope();
        Tensor hidden = Transformer.call(tokens);
        return nn.functional.linear(hidden, Transformer.TokenEmbedding.weight!).MoveToOuterDisposeScope();
    }
}
