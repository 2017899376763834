using System.Globalization;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Web.Components.Runs;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Runs;

/// <summary>The CSV tables of real runs: every number parses back to the event's own double; the final spectrum agrees with the run's result.</summary>
public sealed class RunCsvTablesTests
{
    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static IReadOnlyList<string[]> Rows(RunCsvTable table) => Csv.Parse(table.Content).Skip(1).ToList();

    [Fact]
    public async Task Steps_RealLanczosRun_ParseBackToTheEventsBitForBit()
    {
        var (run, events) = await RealRuns.LanczosAsync();
        var steps = events.Where(e => e.Kind == RunEventKind.Step).Select(e => e.Step!).ToList();

        var table = RunCsvTables.Of(run.Id, run.Kind, events).Single(t => t.Name == "Steps");

        Csv.Parse(table.Content)[0].ShouldBe(["series", "k", "alpha", "beta", "orthogonality_loss", "operator_ms", "other_ms"]);
        var rows = Rows(table);
        rows.Count.ShouldBe(40);
        table.Rows.ShouldBe(40);
        for (int i = 0; i < rows.Count; i++)
        {
            rows[i][1].ShouldBe(steps[i].K.ToString(CultureInfo.InvariantCulture));
            BitConverter.DoubleToInt64Bits(D(rows[i][2])).ShouldBe(BitConverter.DoubleToInt64Bits(steps[i].Alpha));
            BitConverter.DoubleToInt64Bits(D(rows[i][3])).ShouldBe(BitConverter.DoubleToInt64Bits(steps[i].Beta));
            BitConverter.DoubleToInt64Bits(D(rows[i][4])).ShouldBe(BitConverter.DoubleToInt64Bits(steps[i].OrthogonalityLoss));
            D(rows[i][5]).ShouldBe(steps[i].OperatorTime.TotalMilliseconds);
        }
        table.FileName.ShouldBe($"run-{run.Id}-steps.csv");
    }

    [Fact]
    public async Task Spectrum_RealLanczosRun_MatchesTheResultsRitzValuesWeightsAndResiduals()
    {
        var (run, events) = await RealRuns.LanczosAsync();
        var result = (LanczosRunResult)run.Result!;

        var rows = Rows(RunCsvTables.Of(run.Id, run.Kind, events).Single(t => t.Name == "Final spectrum"));

        rows.Count.ShouldBe(result.Ritz.Length);
        double scale = result.Ritz.Max(Math.Abs);
        for (int i = 0; i < rows.Count; i++)
        {
            rows[i][2].ShouldBe((i + 1).ToString(CultureInfo.InvariantCulture));
            D(rows[i][3]).ShouldBe(result.Ritz[i], 1e-10 * scale);
            D(rows[i][4]).ShouldBe(result.Weights[i], 1e-10);
            D(rows[i][5]).ShouldBe(result.Residuals[i], 1e-9 * scale);
        }
        rows.Sum(r => D(r[4])).ShouldBe(1, 1e-12); // Gauss weights of a unit start vector
    }

    [Fact]
    public async Task Spectrum_ComparisonRun_OneBlockPerVariantAgreeingWithTheLastStepsRitzValues()
    {
        var (run, events) = await RealRuns.ComparisonAsync();

        var rows = Rows(RunCsvTables.Of(run.Id, run.Kind, events).Single(t => t.Name == "Final spectrum"));

        var segments = RunStepSegments.Of(events, run.Kind);
        segments.Count.ShouldBe(2); // one series per variant
        segments.Select(s => s.Label).Distinct().Count().ShouldBe(2);
        segments.ShouldAllBe(s => s.Steps.Count == 30);
        foreach (var segment in segments)
        {
            var last = segment.Steps[^1];
            var mine = rows.Where(r => r[0] == segment.Label).ToList();
            mine.Count.ShouldBe(last.RitzValues.Length);
            for (int i = 0; i < mine.Count; i++)
            {
                D(mine[i][3]).ShouldBe(last.RitzValues[i], 1e-9 * Math.Max(1, Math.Abs(last.RitzValues[i])));
                D(mine[i][5]).ShouldBe(last.ResidualBounds[i], 1e-8 * Math.Max(1, last.RitzValues.Max(Math.Abs)));
            }
        }
    }

    [Fact]
    public void Progress_And_Metrics_AreWrittenPerEvent()
    {
        var at = DateTimeOffset.UnixEpoch;
        RunEvent[] events =
        [
            new(0, "r", RunEventKind.Progress, null, null, null, new("train, \"epoch\"", 3, 8), null, at),
            new(1, "r", RunEventKind.Metric, null, null, null, null, null, at, new RunMetric("train loss", 120, 0.1 + 0.2)),
        ];

        var tables = RunCsvTables.Of("r", "train-mlp", events);

        tables.Select(t => t.Name).ShouldBe(["Metrics", "Progress"]);
        Csv.Parse(tables[1].Content).ShouldBe([["stage", "done", "total", "fraction"], ["train, \"epoch\"", "3", "8", "0.375"]]);
        D(Csv.Parse(tables[0].Content)[1][2]).ShouldBe(0.1 + 0.2); // 0.30000000000000004, not 0.3
    }

    [Fact]
    public void Summary_CountsEventsByKindAndTheLastStep()
    {
        var at = DateTimeOffset.UnixEpoch;
        var step = new HessianDashboard.Core.Spectrum.LanczosStep(7, 1, 2, [], [], double.NaN, false, TimeSpan.Zero, TimeSpan.Zero);
        RunEvent[] events =
        [
            new(0, "r", RunEventKind.StateChanged, RunState.Running, null, null, null, null, at),
            new(1, "r", RunEventKind.Step, null, "full", step, null, null, at),
            new(2, "r", RunEventKind.Step, null, "none", step with { K = 9 }, null, null, at.AddSeconds(1)),
        ];

        var summary = RunEventSummary.Of(events);

        (summary.Total, summary.Count(RunEventKind.Step), summary.Count(RunEventKind.Metric), summary.LastStep).ShouldBe((3, 2, 0, 9));
        summary.Series.ShouldBe(["full", "none"]);
        summary.LastAt.ShouldBe(at.AddSeconds(1));
    }
}
