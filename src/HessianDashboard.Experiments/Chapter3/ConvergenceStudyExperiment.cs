using HessianDashboard.Core.Metrics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Core.Tridiagonal;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;
using CoreLanczos = HessianDashboard.Core.Spectrum.Lanczos;

namespace HessianDashboard.Experiments.Chapter3;

/// <summary>
/// Runs <see cref="ConvergenceStudyRequest"/>. One Lanczos run of max(m) steps per (spectrum, variant,
/// run) serves every m: the T_m of an m-step run is exactly the leading m × m block of the longer
/// run's T, so its Ritz values are the eigenvalues of that block.
/// </summary>
public static class ConvergenceStudyExperiment
{
    public static ConvergenceStudyResult Run(ConvergenceStudyRequest request, IProgress<ExperimentProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        int mMax = request.Iterations.Max();
        var iterations = request.Iterations.Distinct().Order().ToArray();
        // counts[(spectrum, variant, m)] = per-run (converged, ghosts)
        var counts = new Dictionary<(SpectrumKind, Reorthogonalization, int), List<(int Converged, int Ghosts)>>();
        int total = request.Spectra.Length * request.Runs * request.Variants.Length, done = 0;
        foreach (var kind in request.Spectra)
            for (int run = 0; run < request.Runs; run++)
            {
                if (cancellationToken.IsCancellationRequested) return Collect(request, iterations, counts);
                var spectrum = new SyntheticSpectrumOptions(kind, request.N, request.Seed + 7919 * run + (int)kind);
                var matrix = MatrixSource.FromSpectrum(spectrum).Resolve();
                foreach (var variant in request.Variants)
                {
                    progress?.Report(new ExperimentProgress($"{kind}, run {run + 1}, {variant}", done, total));
                    var result = CoreLanczos.Run(matrix.Operator, new LanczosOptions
                    {
                        Iterations = mMax, Reorthogonalization = variant, Seed = spectrum.Seed,
                        RitzValuesEachStep = false, TrackOrthogonality = false,
                    }, cancellationToken: cancellationToken);
                    if (result.Status == LanczosStatus.Cancelled) return Collect(request, iterations, counts);
                    foreach (int m in iterations)
                    {
                        // After a breakdown (None only) T_k holds everything this run can find: count it for larger m too.
                        int k = Math.Min(m, result.Steps);
                        var ritz = SymmetricTridiagonalEigensolver.Eigenvalues(result.Alpha.AsSpan(0, k), result.Beta.AsSpan(0, k - 1));
                        var summary = ConvergenceCount.Count(ritz, matrix.Truth!, request.Epsilon);
                        var key = (kind, variant, m);
                        if (!counts.TryGetValue(key, out var list)) counts[key] = list = [];
                        list.Add((summary.Converged, summary.Ghosts));
                    }
                    done++;
                }
            }
        progress?.Report(new ExperimentProgress("Done", total, total));
        return Collect(request, iterations, counts);
    }

    private static ConvergenceStudyResult Collect(ConvergenceStudyRequest request, int[] iterations,
        Dictionary<(SpectrumKind, Reorthogonalization, int), List<(int Converged, int Ghosts)>> counts)
    {
        var points = new List<ConvergencePoint>();
        foreach (var kind in request.Spectra)
            foreach (var variant in request.Variants)
                foreach (int m in iterations)
                    if (counts.TryGetValue((kind, variant, m), out var list))
                        points.Add(new ConvergencePoint(kind, variant, m,
                            SampleStatistics.Of(list.Select(c => (double)c.Converged).ToArray()),
                            SampleStatistics.Of(list.Select(c => (double)c.Ghosts).ToArray()),
                            [.. list.Select(c => c.Converged)]));
        return new ConvergenceStudyResult(request.N, request.Epsilon, [.. points]);
    }
}
