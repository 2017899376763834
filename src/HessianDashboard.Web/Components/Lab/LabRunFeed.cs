using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>
/// Turns a comparison run's event log into chart additions, one poll at a time: <see cref="Consume"/> takes the
/// events from <see cref="Cursor"/> on (as <see cref="IRunRunner.Events"/> returns them) and returns only what is new,
/// so a reopened page replays the run from its first step and a live one appends each step once.
/// </summary>
internal sealed class LabRunFeed
{
    /// <summary>About how many interior (grey) ladder points one ladder chart keeps; the coloured ones are always kept.</summary>
    public const int LadderBudget = 20_000;

    private readonly Dictionary<string, int> _index;

    /// <param name="series">The series names in chart order (the variants, as step events name them).</param>
    /// <param name="iterations">m when known, to thin the interior of large ladders.</param>
    public LabRunFeed(IReadOnlyList<string> series, int? iterations)
    {
        Series = series;
        Iterations = iterations;
        Stride = LadderStride(iterations);
        _index = series.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Series { get; }

    public int? Iterations { get; }

    /// <summary>Interior Ritz values are drawn on every Stride-th step: 1 (all of them) while the ladder fits the budget.</summary>
    public int Stride { get; }

    /// <summary>The sequence of the next event to read.</summary>
    public long Cursor { get; private set; }

    /// <summary>True once the terminal state change has been read.</summary>
    public bool Finished { get; private set; }

    public LabFeedBatch Consume(IReadOnlyList<RunEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var batch = new LabFeedBatch(Series.Count);
        foreach (var e in events)
        {
            if (e.Sequence < Cursor) continue;
            Cursor = e.Sequence + 1;
            Finished |= e.IsTerminal;
            if (e is { Kind: RunEventKind.Step, Step: { } step, Series: { } name } && _index.TryGetValue(name, out int series))
                batch.Add(series, step, Stride, Iterations);
        }
        return batch;
    }

    /// <summary>⌈(m(m+1)/2) / budget⌉, at least 1: a 100-step ladder keeps all 5,050 points, a 1000-step one every 26th column.</summary>
    public static int LadderStride(int? iterations)
    {
        if (iterations is not { } m || m < 1) return 1;
        long points = (long)m * (m + 1) / 2;
        return (int)Math.Max(1, (points + LadderBudget - 1) / LadderBudget);
    }
}
