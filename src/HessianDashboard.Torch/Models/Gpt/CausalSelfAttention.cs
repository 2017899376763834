using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models.Gpt;

/// <summary>
/// nanoGPT's multi-head causal self-attention written with plain tensor operations (the "slow"
/// path): softmax(q kᵀ/√d with the future masked to −∞) v. The fused scaled_dot_product_attention
/// kernel is avoided on purpose: it has no double backward, and Hessian-vector products need one.
/// </summary>
internal sealed class CausalSelfAttention : nn.Module<Tensor, Tensor>
{
    private readonly Linear _cAttn;
    private readonly Linear _cProj;
    private readonly SeededDropout _attnDropout;
    private readonly SeededDropout _residDropout;
    private readonly int _heads;

    public CausalSelfAttention(NanoGptConfig config, DropoutGenerator generator) : base("CausalSelfAttention")
    {
        _heads = config.Heads;
        _cAttn = nn.Linear(config.Embedding, 3L * config.Embedding, hasBias: false);
        _cProj = nn.Linear(config.Embedding, config.Embedding, hasBias: false);
        _attnDropout = new SeededDropout(config.Dropout, generator);
        _residDropout = new SeededDropout(config.Dropout, generator);
        register_module("c_attn", _cAttn);
        register_module("c_proj", _cProj);
        register_module("attn_dropout", _attnDropout);
        register_module("resid_dropout", _residDropout);
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        long b = x.shape[0], t = x.shape[1], c = x.shape[2], d = c / _heads;
        Tensor[] qkv = _cAttn.call(x).split(c, 2);
        Tensor q = qkv[0].view(b, t, _heads, d).transpose(1, 2);
        Tensor k = qkv[1].view(b, t, _heads, d).transpose(1, 2);
        Tensor v = qkv[2].view(b, t, _heads, d).transpose(1, 2);
        Tensor scores = q.matmul(k.transpose(-2, -1)) * (1.0 / Math.Sqrt(d));
        Tensor future = ones(t, t, ScalarType.Bool, x.device).triu(1);
        scores = scores.masked_fill(future, double.NegativeInfinity);
        Tensor weights = _attnDropout.call(nn.functional.softmax(scores, -1));
        Tensor y = weights.matmul(v).transpose(1, 2).contiguous().view(b, t, c);
        return _residDropout.call(_cProj.call(y)).MoveToOuterDisposeScope();
    }
}
