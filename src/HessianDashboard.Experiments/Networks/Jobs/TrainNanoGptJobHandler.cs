using System.Globalization;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Experiments.Networks.Jobs;

/// <summary>
/// Trains the character-level NanoGPT through <see cref="NetworkArtifactStore"/> (reused when trained before):
/// "train loss" per reported step and "val loss" per evaluation as Metric events; the result is a
/// <see cref="Reused{T}"/> of <see cref="TrainingRunResult"/>.
/// </summary>
public sealed class TrainNanoGptJobHandler(NetworkArtifactStore store, IOptions<DataOptions> data) : RunJobHandler<TrainNanoGptRequest, Reused<TrainingRunResult>>
{
    /// <inheritdoc />
    public override string Kind => "train-nanogpt";

    /// <inheritdoc />
    public override string Describe(TrainNanoGptRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = request.Options;
        return string.Create(CultureInfo.InvariantCulture,
            $"Train NanoGPT on tinyshakespeare: {o.Model.Layers} layers × {o.Model.Embedding}, {o.Iterations} iterations, seed {o.Seed}");
    }

    /// <inheritdoc />
    public override Reused<TrainingRunResult> Execute(TrainNanoGptRequest request, IRunReporter reporter, CancellationToken cancellationToken) =>
        store.TrainNanoGpt(request, data.Value, new TrainingMetrics(reporter, "val loss"), cancellationToken);
}
