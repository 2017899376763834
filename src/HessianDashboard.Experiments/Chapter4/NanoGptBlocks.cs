namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// The NanoGPT partition used for block spectra (bias-free nanoGPT; the lm_head is tied to wte, so it belongs to the
/// embedding): "embedding" = wte + wpe; per layer i "h{i}.attn" = c_attn (Q, K and V together) + attn.c_proj and
/// "h{i}.mlp" = c_fc + mlp.c_proj; "ln_f" = the final LayerNorm. With <c>layerNormWithSublayer</c> (the default)
/// each pre-norm LayerNorm joins the sublayer it feeds (ln_1 → attention, ln_2 → MLP), so every parameter is in
/// exactly one block; without it ln_1/ln_2 of every layer join ln_f in one "layer norms" block. Zhang et al. (2024)
/// split finer (Q, K, V separately); c_attn is one tensor here, so its three thirds share a block.
/// </summary>
public static class NanoGptBlocks
{
    /// <summary>The blocks of a model with <paramref name="layers"/> transformer layers.</summary>
    public static IReadOnlyList<ParameterBlock> For(int layers, bool layerNormWithSublayer = true)
    {
        if (layers < 1) throw new ArgumentException($"A NanoGPT has at least one layer, got {layers}.", nameof(layers));
        var blocks = new List<ParameterBlock> { new("embedding", ["transformer.wte.weight", "transformer.wpe.weight"]) };
        for (int i = 0; i < layers; i++)
        {
            string h = $"transformer.h.{i}";
            blocks.Add(new($"h{i}.attn", layerNormWithSublayer
                ? [$"{h}.ln_1.weight", $"{h}.attn.c_attn.weight", $"{h}.attn.c_proj.weight"]
                : [$"{h}.attn.c_attn.weight", $"{h}.attn.c_proj.weight"]));
            blocks.Add(new($"h{i}.mlp", layerNormWithSublayer
                ? [$"{h}.ln_2.weight", $"{h}.mlp.c_fc.weight", $"{h}.mlp.c_proj.weight"]
                : [$"{h}.mlp.c_fc.weight", $"{h}.mlp.c_proj.weight"]));
        }
        blocks.Add(layerNormWithSublayer
            ? new ParameterBlock("ln_f", ["transformer.ln_f.weight"])
            : new ParameterBlock("layer norms", ["transformer.h.*.ln_1.weight", "transformer.h.*.ln_2.weight", "transformer.ln_f.weight"]));
        return blocks;
    }
}
