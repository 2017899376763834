using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models.Gpt;

/// <summary>A pre-LayerNorm transformer block: x + attn(ln_1(x)), then x + mlp(ln_2(x)).</summary>
internal sealed class GptBlock : nn.Module<Tensor, Tensor>
{
    private readonly BiasFreeLayerNorm _ln1;
    private readonly CausalSelfAttention _attn;
    private readonly BiasFreeLayerNorm _ln2;
    private readonly GptMlp _mlp;

    public GptBlock(NanoGptConfig config, DropoutGenerator generator) : base("Block")
    {
        _ln1 = new BiasFreeLayerNorm(config.Embedding);
        _attn = new CausalSelfAttention(config, generator);
        _ln2 = new BiasFreeLayerNorm(config.Embedding);
        _mlp = new GptMlp(config, generator);
        register_module("ln_1", _ln1);
        register_module("attn", _attn);
        register_module("ln_2", _ln2);
        register_module("mlp", _mlp);
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        Tensor h = x + _attn.call(_ln1.call(x));
        return (h + _mlp.call(_ln2.call(h))).MoveToOuterDisposeScope();
    }
}
