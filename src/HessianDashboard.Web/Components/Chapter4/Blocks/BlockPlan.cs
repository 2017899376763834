using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Hessian;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>
/// The blocks a <see cref="BlockSpectraRequest"/> will analyse, in run order, with their parameter counts, known
/// before the run reports anything: the live list shows what is done and what is to come. Blocks come from
/// <see cref="NanoGptBlocks"/> and are matched to nanoGPT's parameter names with the experiment's own
/// <see cref="ParameterGroup.Matches"/>; the result's <see cref="BlockSpectrum.Dimension"/> is the authority
/// (a test checks that the two agree).
/// </summary>
public sealed record BlockPlan(IReadOnlyList<PlannedBlock> Blocks)
{
    /// <summary>The plan of <paramref name="request"/>: its checkpoint's shape, or its training run's model.</summary>
    /// <returns>Null when the checkpoint cannot be read (moved or deleted since the run was submitted).</returns>
    public static BlockPlan? For(BlockSpectraRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        NanoGptConfig config;
        if (request.Checkpoint is { } path)
        {
            try { config = CheckpointLoader.InferNanoGptConfig(SafetensorsReader.Read(path)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SafetensorsFormatException)
            {
                return null;
            }
        }
        else config = request.Training.Model;
        return For(config, request.LayerNormWithSublayer);
    }

    /// <summary>The blocks of a model with <paramref name="config"/>'s shapes.</summary>
    public static BlockPlan For(NanoGptConfig config, bool layerNormWithSublayer)
    {
        ArgumentNullException.ThrowIfNull(config);
        var sizes = ParameterSizes(config);
        return new BlockPlan([.. NanoGptBlocks.For(config.Layers, layerNormWithSublayer).Select(b => new PlannedBlock(b.Name,
            sizes.Where(p => b.Patterns.Any(pattern => ParameterGroup.Matches(pattern, p.Name))).Sum(p => p.Size)))]);
    }

    /// <summary>nanoGPT's (bias-free, tied head) parameters and their sizes, as <see cref="NanoGptConfig.ParameterCount"/> counts them.</summary>
    internal static IReadOnlyList<(string Name, long Size)> ParameterSizes(NanoGptConfig config)
    {
        long c = config.Embedding;
        var sizes = new List<(string, long)> { ("transformer.wte.weight", config.VocabularySize * c), ("transformer.wpe.weight", config.BlockSize * c) };
        for (int i = 0; i < config.Layers; i++)
        {
            string h = $"transformer.h.{i}";
            sizes.AddRange([($"{h}.ln_1.weight", c), ($"{h}.attn.c_attn.weight", 3 * c * c), ($"{h}.attn.c_proj.weight", c * c),
                ($"{h}.ln_2.weight", c), ($"{h}.mlp.c_fc.weight", 4 * c * c), ($"{h}.mlp.c_proj.weight", 4 * c * c)]);
        }
        sizes.Add(("transformer.ln_f.weight", c));
        return sizes;
    }

    /// <summary>The position of <paramref name="name"/> in the plan, or −1.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Blocks.Count; i++) if (string.Equals(Blocks[i].Name, name, StringComparison.Ordinal)) return i;
        return -1;
    }
}
