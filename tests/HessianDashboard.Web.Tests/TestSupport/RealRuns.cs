using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// Tiny real runs computed once per test process by an in-memory runner: their snapshots (with results) and event logs,
/// to seed run stores with.
/// </summary>
internal static class RealRuns
{
    private static readonly Lazy<Task<IReadOnlyList<(RunInfo Run, IReadOnlyList<RunEvent> Events)>>> Runs = new(ComputeAsync);

    /// <summary>A succeeded full-reorthogonalisation Lanczos run on a custom spectrum of size 40 (40 steps).</summary>
    public static Task<(RunInfo Run, IReadOnlyList<RunEvent> Events)> LanczosAsync() => AtAsync(0);

    /// <summary>A succeeded spectrum comparison (none, full) on a banded spectrum of size 60, 30 steps each.</summary>
    public static Task<(RunInfo Run, IReadOnlyList<RunEvent> Events)> ComparisonAsync() => AtAsync(1);

    /// <summary>A succeeded Lanczos run without reorthogonalisation on a custom spectrum of size 1000, 12 steps.</summary>
    public static Task<(RunInfo Run, IReadOnlyList<RunEvent> Events)> LargeLanczosAsync() => AtAsync(2);

    public static LanczosRunRequest Lanczos(int n, int iterations, Reorthogonalization variant = Reorthogonalization.Full, int seed = 1) => new()
    {
        Source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, n, seed)),
        Iterations = iterations,
        Variant = variant,
    };

    private static async Task<(RunInfo, IReadOnlyList<RunEvent>)> AtAsync(int i) => (await Runs.Value)[i];

    private static async Task<IReadOnlyList<(RunInfo, IReadOnlyList<RunEvent>)>> ComputeAsync()
    {
        using var runner = new InProcessRunRunner(MsOptions.Create(new RunnerOptions()), RunJobCatalog.CreateDefault(), NullLogger<InProcessRunRunner>.Instance);
        await runner.StartAsync(CancellationToken.None);
        IExperimentRequest[] requests =
        [
            Lanczos(40, 40),
            new SpectrumComparisonRequest
            {
                Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Banded, 60, 3), Iterations = 30,
                Variants = [Reorthogonalization.None, Reorthogonalization.Full],
            },
            Lanczos(1000, 12, Reorthogonalization.None),
        ];
        var done = new List<(RunInfo, IReadOnlyList<RunEvent>)>();
        foreach (var request in requests)
        {
            var run = runner.Submit(request);
            await foreach (var _ in runner.StreamAsync(run.Id))
            {
            }
            var info = runner.Get(run.Id)!;
            if (info.State != RunState.Succeeded) throw new InvalidOperationException($"Seed run {info.Kind} ended {info.State}: {info.Error}");
            done.Add((info, runner.Events(run.Id)));
        }
        await runner.StopAsync(CancellationToken.None);
        return done;
    }
}
