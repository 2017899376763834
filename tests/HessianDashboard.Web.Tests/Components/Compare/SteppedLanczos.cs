using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Handlers;
using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Web.Tests.Components.Compare;

/// <summary>A real Lanczos run that takes each step only when the test allows it (<see cref="SteppedLanczosJobHandler.Allow"/>).</summary>
public sealed record SteppedLanczosRequest(LanczosRunRequest Lanczos) : IExperimentRequest
{
    public IReadOnlyList<string> Validate() => Lanczos.Validate();
}

/// <summary>
/// Runs <see cref="SteppedLanczosRequest"/>s (kind <c>stepped-lanczos</c>) with the real Lanczos handler, each step
/// waiting for a permit: a run that stays running, and gains exactly the steps a test allows. Cancelling the run ends the wait.
/// </summary>
public sealed class SteppedLanczosJobHandler : RunJobHandler<SteppedLanczosRequest, LanczosRunResult>
{
    private readonly SemaphoreSlim _permits = new(0);

    public override string Kind => "stepped-lanczos";

    public override string Describe(SteppedLanczosRequest request) => $"Stepped {new LanczosRunJobHandler().Describe(request.Lanczos)}";

    /// <summary>Lets the runs take <paramref name="steps"/> more steps.</summary>
    public void Allow(int steps) => _permits.Release(steps);

    public override LanczosRunResult Execute(SteppedLanczosRequest request, IRunReporter reporter, CancellationToken cancellationToken) =>
        new LanczosRunJobHandler().Execute(request.Lanczos, new Gate(reporter, _permits, cancellationToken), cancellationToken);

    /// <summary>Lets every run go to its end (a test's clean-up: no run is left waiting).</summary>
    public void Finish() => _permits.Release(100_000);

    private sealed class Gate(IRunReporter inner, SemaphoreSlim permits, CancellationToken cancellation) : IRunReporter
    {
        public string RunId => inner.RunId;

        public void Step(LanczosStep step, string? series = null, double? fraction = null)
        {
            permits.Wait(cancellation);
            inner.Step(step, series, fraction);
        }

        public void Metric(RunMetric metric, double? fraction = null) => inner.Metric(metric, fraction);

        public void Report(ExperimentProgress value) => inner.Report(value);
    }
}
