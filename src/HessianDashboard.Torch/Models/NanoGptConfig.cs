namespace HessianDashboard.Torch.Models;

/// <summary>
/// karpathy/nanoGPT hyper-parameters with <c>bias=False</c>; the defaults are the thesis' character
/// model (§4.3): 4 layers, 4 heads, 128-wide embeddings, 64-token context, 65 characters, 804,096
/// parameters (the language-model head is tied to the token embedding).
/// </summary>
/// <param name="VocabularySize">Distinct tokens (65 for TinyShakespeare characters).</param>
/// <param name="BlockSize">Longest context T.</param>
/// <param name="Layers">Transformer blocks (n_layer).</param>
/// <param name="Heads">Attention heads (n_head); must divide <paramref name="Embedding"/>.</param>
/// <param name="Embedding">Embedding width (n_embd).</param>
/// <param name="Dropout">Dropout probability applied in training mode only (0 in evaluation).</param>
public sealed record NanoGptConfig(
    int VocabularySize = 65, int BlockSize = 64, int Layers = 4, int Heads = 4, int Embedding = 128, double Dropout = 0.0)
{
    /// <summary>The thesis configuration.</summary>
    public static NanoGptConfig Thesis { get; } = new();

    /// <summary>
    /// V·C + T·C + L·(2C + 3C² + C² + 4C² + 4C²) + C: token and position embeddings, per block two
    /// LayerNorm weights, c_attn, attn.c_proj, c_fc and mlp.c_proj, and the final LayerNorm.
    /// </summary>
    public long ParameterCount
    {
        get
        {
            long c = Embedding;
            return VocabularySize * c + BlockSize * c + Layers * (2 * c + 12 * c * c) + c;
        }
    }

    /// <summary>Throws when a size is not positive, the heads do not divide the width, or dropout is outside [0, 1).</summary>
    public void Validate()
    {
        if (VocabularySize < 2 || BlockSize < 1 || Layers < 1 || Heads < 1 || Embedding < 1)
            throw new ArgumentException($"NanoGPT sizes must be positive: {this}.");
        if (Embedding % Heads != 0)
            throw new ArgumentException($"n_embd {Embedding} is not a multiple of n_head {Heads}.");
        if (Dropout is < 0 or >= 1 || double.IsNaN(Dropout))
            throw new ArgumentException($"Dropout must be in [0, 1), got {Dropout}.");
    }
}
