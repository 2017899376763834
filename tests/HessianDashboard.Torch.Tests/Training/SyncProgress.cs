using HessianDashboard.Torch.Training;

namespace HessianDashboard.Torch.Tests.Training;

/// <summary>An IProgress that runs the handler on the reporting thread (Progress&lt;T&gt; posts asynchronously).</summary>
internal sealed class SyncProgress(Action<TrainingProgress> handler) : IProgress<TrainingProgress>
{
    public List<TrainingProgress> Reports { get; } = [];

    public void Report(TrainingProgress value)
    {
        Reports.Add(value);
        handler(value);
    }
}
