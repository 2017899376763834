using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

namespace HessianDashboard.Web.Tests.Components.Chapter4;

/// <summary>What the exact-vs-Lanczos live view reads from the run's events: part progress with ETA, loss curves.</summary>
public sealed class ExactVsLanczosViewPartsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static RunEvent Progress(long sequence, int done, int total, double seconds, string stage = "mnist/trained: exact Hessian") =>
        new(sequence, "r", RunEventKind.Progress, null, null, null, new ExperimentProgress(stage, done, total), null, T0.AddSeconds(seconds));

    private static RunEvent Metric(long sequence, string name, double x, double y) =>
        new(sequence, "r", RunEventKind.Metric, null, null, null, null, null, T0, new RunMetric(name, x, y));

    [Fact]
    public void Observe_TwoProgressEventsInOnePart_GivesItsFractionAndEta()
    {
        var units = new UnitProgress(ExactVsLanczosSeries.Units(new ExactVsLanczosRequest { Datasets = ["mnist"] }));

        units.Observe([Progress(0, 2250, 3000, 0), Progress(1, 2500, 3000, 60)]); // part 3 of 3 from 25 % to 50 % in a minute

        units.Units.Select(u => u.Label).ShouldBe(["MNIST: training", "MNIST: initialisation", "MNIST: trained"]);
        units.Current.ShouldBe(2);
        units.Fraction.ShouldBe(0.5, 1e-12);
        units.Eta.ShouldBe(TimeSpan.FromMinutes(2));
        units.IsDone(1, succeeded: false).ShouldBeTrue();
        units.IsDone(2, succeeded: false).ShouldBeFalse();
    }

    [Fact]
    public void Observe_NewPart_RestartsTheEta()
    {
        var units = new UnitProgress(ExactVsLanczosSeries.Units(new ExactVsLanczosRequest { Datasets = ["mnist", "cifar10"] }));

        units.Observe([Progress(0, 2900, 6000, 0), Progress(1, 3100, 6000, 10)]);

        units.Current.ShouldBe(3);
        units.Units[3].Label.ShouldBe("CIFAR-10: training");
        units.Eta.ShouldBeNull();
    }

    [Fact]
    public void Consume_TrainLossOnly_ShowsOnlyCurvesWithPoints()
    {
        var curves = MetricCurves.Losses(new ExactVsLanczosRequest { Datasets = ["mnist", "fashion-mnist"] });

        bool changed = curves.Consume([Metric(0, "mnist train loss", 0, 2.3), Metric(1, "mnist train loss", 1, 0.9), Metric(2, "converged mnist/trained", 1, 1)]);

        changed.ShouldBeTrue();
        curves.Series.ShouldHaveSingleItem().Name.ShouldBe("mnist train loss");
        curves.Series[0].Data.Select(p => p.Y).ShouldBe([2.3, 0.9]);
        curves.Options.Xaxis!.Max.ShouldBe(20); // Table 4.1's longest of the two: FashionMNIST's 20 epochs
        curves.Consume([Metric(3, "fashion-mnist test loss", 0, 2.4)]).ShouldBeTrue();
        curves.Series.Select(s => s.Name).ShouldBe(["mnist train loss", "fashion-mnist test loss"]);
        curves.Options.Stroke!.DashArray.ShouldBe([0, 5]);
        curves.Consume([]).ShouldBeFalse();
    }

    [Fact]
    public void Consume_ConvergedCounts_OneCurvePerStateReached()
    {
        var curves = MetricCurves.Converged(new ExactVsLanczosRequest { Datasets = ["mnist"], Iterations = 3 });

        curves.Consume([Metric(0, "mnist train loss", 0, 2.3), Metric(1, "converged mnist/initialisation", 1, 1), Metric(2, "converged mnist/initialisation", 2, 1), Metric(3, "converged mnist/initialisation", 3, 3)]);

        curves.Series.ShouldHaveSingleItem().Name.ShouldBe("converged mnist/initialisation");
        curves.Series[0].Data.Select(p => (p.X, p.Y)).ShouldBe([(1.0, 1.0), (2.0, 1.0), (3.0, 3.0)]);
        curves.Options.Stroke!.DashArray.ShouldBe([5.0]);
        curves.Options.Xaxis!.Max.ShouldBe(3);
    }
}
