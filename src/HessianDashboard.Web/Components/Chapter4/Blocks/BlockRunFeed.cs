using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>
/// Reads a block-spectra run's events from a cursor (as <see cref="IRunRunner.Events"/> returns them): the Lanczos run
/// in progress (block name = step series; a step number that does not grow starts the block's next start vector) with
/// its ladder points not yet drawn, the block the progress stage names, the blocks done with λmax (metric "block lambda max", x = block index), and the
/// training-loss points. A reopened page replays the log: only the last Lanczos run's ladder is kept.
/// </summary>
internal sealed class BlockRunFeed(int iterations)
{
    public const string LambdaMaxMetric = "block lambda max";
    public const string TrainLossMetric = "train loss (batch)";

    /// <summary>How the experiment's progress stage names the block it works on.</summary>
    public const string BlockStage = "block ";

    private readonly Dictionary<int, double> _done = [];
    private LabFeedBatch _pending = new(1);

    public int Iterations { get; } = iterations;

    /// <summary>Interior Ritz values are drawn every Stride-th step (<see cref="LabRunFeed.LadderStride"/>).</summary>
    public int Stride { get; } = LabRunFeed.LadderStride(iterations);

    public long Cursor { get; private set; }

    public bool Finished { get; private set; }

    /// <summary>The block whose Lanczos run is (or was last) in progress, and its start vector (0-based).</summary>
    public string? Current { get; private set; }
    public int StartVector { get; private set; }

    /// <summary>The block the latest progress report names ("block h0.mlp"): it may have no step yet (its gradient graph is being built).</summary>
    public string? Starting { get; private set; }

    /// <summary>The latest step k of the current run.</summary>
    public int Step { get; private set; }

    /// <summary>The blocks done: block index → largest Ritz value over its start vectors.</summary>
    public IReadOnlyDictionary<int, double> Done => _done;

    /// <summary>Block names in the order their steps arrived (for a run whose plan is unknown).</summary>
    public List<string> Seen { get; } = [];

    /// <summary>Loss points read so far.</summary>
    public int LossPoints { get; private set; }

    /// <summary>A key that changes whenever a new Lanczos run starts (a new ladder).</summary>
    public string LadderKey => $"{Current}#{StartVector}";

    /// <summary>Reads new events; returns the new training-loss points (step, loss).</summary>
    public List<ChartPoint> Consume(IReadOnlyList<RunEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var losses = new List<ChartPoint>();
        foreach (var e in events)
        {
            if (e.Sequence < Cursor) continue;
            Cursor = e.Sequence + 1;
            Finished |= e.IsTerminal;
            if (e is { Kind: RunEventKind.Step, Step: { } step, Series: { } block }) Add(block, step);
            else if (e is { Kind: RunEventKind.Progress, Progress.Stage: { } stage })
                Starting = stage.StartsWith(BlockStage, StringComparison.Ordinal) ? stage[BlockStage.Length..] : null;
            else if (e is { Kind: RunEventKind.Metric, Metric: { } metric })
            {
                if (metric.Name == LambdaMaxMetric) _done[(int)Math.Round(metric.X)] = metric.Y;
                else if (metric.Name == TrainLossMetric && double.IsFinite(metric.Y)) losses.Add(new ChartPoint(metric.X, metric.Y));
            }
        }
        LossPoints += losses.Count;
        return losses;
    }

    /// <summary>The ladder points of the current run not yet handed out (colour classes of <see cref="RitzRank"/>); clears them.</summary>
    public List<ChartPoint>[] TakeLadder()
    {
        var points = _pending.Ladders[0];
        _pending = new LabFeedBatch(1);
        return points;
    }

    private void Add(string block, Core.Spectrum.LanczosStep step)
    {
        if (block != Current)
        {
            (Current, StartVector) = (block, 0);
            _pending = new LabFeedBatch(1);
            if (!Seen.Contains(block)) Seen.Add(block);
        }
        else if (step.K <= Step)
        {
            StartVector++;
            _pending = new LabFeedBatch(1);
        }
        Step = step.K;
        _pending.Add(0, step, Stride, Iterations);
    }
}
