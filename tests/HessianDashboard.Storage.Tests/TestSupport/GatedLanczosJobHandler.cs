using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Handlers;
using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Storage.Tests.TestSupport;

/// <summary>A real Lanczos run that, after <see cref="StepsBeforeWaiting"/> steps, waits until it is cancelled: a run that is surely still running.</summary>
public sealed record GatedLanczosRequest(LanczosRunRequest Lanczos, int StepsBeforeWaiting) : IExperimentRequest
{
    public IReadOnlyList<string> Validate() => Lanczos.Validate();
}

/// <summary>Runs <see cref="GatedLanczosRequest"/>s (kind <c>gated-lanczos</c>) with the real Lanczos handler.</summary>
public sealed class GatedLanczosJobHandler : RunJobHandler<GatedLanczosRequest, LanczosRunResult>
{
    public override string Kind => "gated-lanczos";

    public override string Describe(GatedLanczosRequest request) => $"Gated {new LanczosRunJobHandler().Describe(request.Lanczos)}";

    public override LanczosRunResult Execute(GatedLanczosRequest request, IRunReporter reporter, CancellationToken cancellationToken) =>
        new LanczosRunJobHandler().Execute(request.Lanczos, new Gate(reporter, request.StepsBeforeWaiting, cancellationToken), cancellationToken);

    /// <summary>The catalog of the built-in handlers plus this one.</summary>
    public static RunJobCatalog Catalog() => new([.. RunJobCatalog.BuiltInHandlers(), new GatedLanczosJobHandler()]);

    private sealed class Gate(IRunReporter inner, int steps, CancellationToken cancellation) : IRunReporter
    {
        private int _seen;

        public string RunId => inner.RunId;

        public void Step(LanczosStep step, string? series = null, double? fraction = null)
        {
            inner.Step(step, series, fraction);
            if (++_seen == steps) cancellation.WaitHandle.WaitOne(); // hold the run here until it is cancelled
        }

        public void Metric(RunMetric metric, double? fraction = null) => inner.Metric(metric, fraction);

        public void Report(ExperimentProgress value) => inner.Report(value);
    }
}
