using HessianDashboard.Experiments.Benchmarks;

namespace HessianDashboard.Experiments.Tests.Benchmarks;

public class CoreBenchmarkTests
{
    [Fact]
    public void Run_SmallSize_ReportsEveryRatioAgainstItsBaseline()
    {
        var result = CoreBenchmark.Run(new CoreBenchmarkRequest { N = 40, Repeats = 1 });
        result.Rows.Length.ShouldBe(2 * 4 + 2);
        result.OperatorSeconds.ShouldBeGreaterThan(0);
        result.Rows.ShouldAllBe(r => double.IsFinite(r.Ratio) && r.Ratio > 0);
        // Only correctness is asserted here; the goals are judged by `hessian bench core` at n = 1000.
    }
}
