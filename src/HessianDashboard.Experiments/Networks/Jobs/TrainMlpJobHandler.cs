using System.Globalization;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Experiments.Networks.Jobs;

/// <summary>
/// Trains the thesis MLP through <see cref="NetworkArtifactStore"/> (a request trained before is reused, not retrained):
/// "train loss" per reported step and "test loss" per epoch as Metric events. The result is a
/// <see cref="Reused{T}"/> of <see cref="TrainingRunResult"/> (partial, with the checkpoints written, when cancelled).
/// </summary>
public sealed class TrainMlpJobHandler(NetworkArtifactStore store, IOptions<DataOptions> data) : RunJobHandler<TrainMlpRequest, Reused<TrainingRunResult>>
{
    /// <inheritdoc />
    public override string Kind => "train-mlp";

    /// <inheritdoc />
    public override string Describe(TrainMlpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Resolved();
        string samples = request.Samples is { } n ? string.Create(CultureInfo.InvariantCulture, $", first {n:N0} samples") : "";
        return string.Create(CultureInfo.InvariantCulture, $"Train MLP on {request.Dataset}{samples}: {options.Epochs} epochs, lr {options.LearningRate}, seed {options.Seed}");
    }

    /// <inheritdoc />
    public override Reused<TrainingRunResult> Execute(TrainMlpRequest request, IRunReporter reporter, CancellationToken cancellationToken) =>
        store.TrainMlp(request, data.Value, new TrainingMetrics(reporter, "test loss"), cancellationToken);
}
