using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models.Gpt;

/// <summary>nanoGPT's block MLP: dropout(c_proj(GELU(c_fc(x)))) with a 4× wide exact (erf) GELU, no biases.</summary>
internal sealed class GptMlp : nn.Module<Tensor, Tensor>
{
    private readonly Linear _cFc;
    private readonly GELU _gelu;
    private readonly Linear _cProj;
    private readonly SeededDropout _dropout;

    public GptMlp(NanoGptConfig config, DropoutGenerator generator) : base("MLP")
    {
        _cFc = nn.Linear(config.Embedding, 4L * config.Embedding, hasBias: false);
        _gelu = nn.GELU();
        _cProj = nn.Linear(4L * config.Embedding, config.Embedding, hasBias: false);
        _dropout = new SeededDropout(config.Dropout, generator);
        register_module("c_fc", _cFc);
        register_module("gelu", _gelu);
        register_module("c_proj", _cProj);
        register_module("dropout", _dropout);
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        return _dropout.call(_cProj.call(_gelu.call(_cFc.call(x)))).MoveToOuterDisposeScope();
    }
}
