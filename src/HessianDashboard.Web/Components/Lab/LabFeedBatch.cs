using HessianDashboard.Core.Spectrum;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>What one poll of a run's events adds to the live charts, per series (variant) index.</summary>
internal sealed class LabFeedBatch
{
    public LabFeedBatch(int seriesCount)
    {
        Ladders = [.. Enumerable.Range(0, seriesCount).Select(_ => Enumerable.Range(0, RitzRank.Classes).Select(_ => new List<ChartPoint>()).ToArray())];
        Orthogonality = [.. Enumerable.Range(0, seriesCount).Select(_ => new List<ChartPoint>())];
        Latest = new LanczosStep?[seriesCount];
    }

    /// <summary>Ladders[v][c]: new ladder points (k, θ) of series v in colour class c (<see cref="RitzRank"/>).</summary>
    public List<ChartPoint>[][] Ladders { get; }

    /// <summary>Orthogonality[v]: new points (k, max|VᵀV − I|), drawn no lower than <see cref="LabCharts.LogFloor"/>.</summary>
    public List<ChartPoint>[] Orthogonality { get; }

    /// <summary>Latest[v]: the newest step of series v in this batch, or null.</summary>
    public LanczosStep?[] Latest { get; }

    /// <summary>Adds one step; interior (grey) values only on every <paramref name="stride"/>-th step (and the last, <paramref name="lastStep"/>).</summary>
    public void Add(int series, LanczosStep step, int stride, int? lastStep)
    {
        var ritz = step.RitzValues;
        bool interior = step.K % stride == 0 || step.K == lastStep;
        for (int i = 0; i < ritz.Length; i++)
        {
            int c = RitzRank.ClassOf(i, ritz.Length);
            if (c < RitzRank.Classes - 1 || interior) Ladders[series][c].Add(new ChartPoint(step.K, ritz[i]));
        }
        Orthogonality[series].Add(new ChartPoint(step.K, LabCharts.OnLogAxis(step.OrthogonalityLoss)));
        Latest[series] = step;
    }
}
