using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;

namespace HessianDashboard.Experiments.Jobs.Handlers;

/// <summary>Runs a <see cref="BlockSpectraRequest"/>: each block's Lanczos steps (series = block name) and λmax per block (metric "block lambda max", x = block index).</summary>
public sealed class BlockSpectraJobHandler(DataOptions data, NetworkArtifactStore store) : RunJobHandler<BlockSpectraRequest, BlockSpectraResult>
{
    /// <inheritdoc />
    public override string Kind => "block-spectra";

    /// <inheritdoc />
    public override string Describe(BlockSpectraRequest request) =>
        $"NanoGPT block spectra: {(request.Checkpoint is { } c ? Path.GetFileName(c) : $"iteration {request.Iteration?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "last"}")}, " +
        $"{request.Blocks} blocks, m = {request.Iterations} × {request.StartVectors}";

    /// <inheritdoc />
    public override BlockSpectraResult Execute(BlockSpectraRequest request, IRunReporter reporter, CancellationToken cancellationToken) =>
        BlockSpectraExperiment.Run(request, data, store, Chapter4Observer.For(reporter), cancellationToken);
}
