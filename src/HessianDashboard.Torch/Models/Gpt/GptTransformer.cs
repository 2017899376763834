using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models.Gpt;

/// <summary>
/// nanoGPT's <c>transformer</c> dict: wte, wpe, drop, h (the blocks), ln_f. Its forward returns the
/// final normalised hidden states [B, T, C]; <see cref="GptNetwork"/> applies the tied head.
/// </summary>
internal sealed class GptTransformer : nn.Module<Tensor, Tensor>
{
    private readonly SeededDropout _drop;
    private readonly ModuleList<GptBlock> _blocks;
    private readonly BiasFreeLayerNorm _lnF;

    public GptTransformer(NanoGptConfig config, DropoutGenerator generator) : base("Transformer")
    {
        TokenEmbedding = nn.Embedding(config.VocabularySize, config.Embedding);
        PositionEmbedding = nn.Embedding(config.BlockSize, config.Embedding);
        _drop = new SeededDropout(config.Dropout, generator);
        _blocks = nn.ModuleList(Enumerable.Range(0, config.Layers).Select(_ => new GptBlock(config, generator)).ToArray());
        _lnF = new BiasFreeLayerNorm(config.Embedding);
        register_module("wte", TokenEmbedding);
        register_module("wpe", PositionEmbedding);
        register_module("drop", _drop);
        register_module("h", _blocks);
        register_module("ln_f", _lnF);
    }

    public Embedding TokenEmbedding { get; }

    public Embedding PositionEmbedding { get; }

    public override Tensor forward(Tensor tokens)
    {
        using var scope = NewDisposeScope();
        long t = tokens.shape[1];
        Tensor positions = arange(t, ScalarType.Int64, tokens.device);
        Tensor x = _drop.call(TokenEmbedding.call(tokens) + PositionEmbedding.call(positions));
        foreach (GptBlock block in _blocks) x = block.call(x);
        return _lnF.call(x).MoveToOuterDisposeScope();
    }
}
