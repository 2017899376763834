using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

/// <summary>One part of the run: a data set's training or one of its states.</summary>
public sealed record RunPart(string Dataset, string Name)
{
    public string Label => $"{ExactVsLanczosSeries.DisplayName(Dataset)}: {Name}";
}

/// <summary>
/// The run's parts from its Progress events: <see cref="Experiments.Chapter4.ExactVsLanczosExperiment"/> reports
/// Done of Total where Total splits into equal shares, one per part (per data set: training, initialisation,
/// trained), and the share of a state spends most of its range on the exact Hessian's rows. So the current part, how
/// far it is and — from the events' times since the part began — about how long it has left (the exact Hessian takes
/// minutes) follow from the latest event.
/// </summary>
public sealed class UnitProgress(IReadOnlyList<RunPart> units)
{
    private int _started = -1;
    private DateTimeOffset _startedAt;
    private double _startFraction;

    /// <summary>The parts in run order.</summary>
    public IReadOnlyList<RunPart> Units { get; } = units;

    /// <summary>The part running now (−1 before the first Progress event).</summary>
    public int Current { get; private set; } = -1;

    /// <summary>How far the current part is, in [0, 1].</summary>
    public double Fraction { get; private set; }

    /// <summary>The time the current part still needs at the rate since it began; null until it moved.</summary>
    public TimeSpan? Eta { get; private set; }

    /// <summary>Reads the Progress events among <paramref name="events"/>.</summary>
    public void Observe(IEnumerable<RunEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
            if (e is { Kind: RunEventKind.Progress, Progress: { Total: > 0 } p }) Observe(p.Done, p.Total, e.At);
    }

    private void Observe(int done, int total, DateTimeOffset at)
    {
        if (Units.Count == 0) return;
        double share = (double)total / Units.Count;
        int unit = Math.Clamp((int)Math.Floor(done / share + 1e-9), 0, Units.Count - 1);
        double fraction = Math.Clamp((done - unit * share) / share, 0, 1);
        if (unit != _started)
        {
            (_started, _startedAt, _startFraction, Eta) = (unit, at, fraction, null);
        }
        else if (fraction > _startFraction)
        {
            double seconds = (at - _startedAt).TotalSeconds * (1 - fraction) / (fraction - _startFraction);
            Eta = TimeSpan.FromSeconds(Math.Max(0, seconds));
        }
        (Current, Fraction) = (unit, fraction);
    }

    /// <summary>Whether part <paramref name="index"/> is done (all parts are once <paramref name="succeeded"/>).</summary>
    public bool IsDone(int index, bool succeeded) => succeeded || index < Current || (index == Current && Fraction >= 1);
}
