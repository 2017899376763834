using System.Diagnostics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Core.Tridiagonal;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;
using CoreLanczos = HessianDashboard.Core.Spectrum.Lanczos;

namespace HessianDashboard.Experiments.Chapter3;

/// <summary>
/// Runs <see cref="RuntimeStudyRequest"/>. Timed runs report nothing per step (no Ritz ladder, no
/// orthogonality tracking) so they measure the algorithm the thesis timed; the matrix is built
/// outside the timed region, and one untimed warm-up run precedes each size.
/// </summary>
public static class RuntimeStudyExperiment
{
    public static RuntimeStudyResult Run(RuntimeStudyRequest request, IProgress<ExperimentProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        var lanczosPoints = new List<RuntimePoint>();
        var eigenPoints = new List<EigensolvePoint>();
        int total = request.Sizes.Length * (request.Variants.Length + 1), done = 0;
        foreach (int n in request.Sizes)
        {
            var matrix = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Gaussian, n, request.Seed + n)).Resolve();
            LanczosResult? tridiagonal = null;
            foreach (var variant in request.Variants)
            {
                if (cancellationToken.IsCancellationRequested) return new RuntimeStudyResult([.. lanczosPoints], [.. eigenPoints]);
                progress?.Report(new ExperimentProgress($"n = {n}, {variant}", done, total));
                var options = new LanczosOptions { Iterations = n, Reorthogonalization = variant, RitzValuesEachStep = false, TrackOrthogonality = false };
                CoreLanczos.Run(matrix.Operator, options with { Seed = -1 }); // warm-up (JIT, caches)
                var seconds = new List<double>();
                for (int r = 0; r < request.Repeats && !cancellationToken.IsCancellationRequested; r++)
                {
                    var result = CoreLanczos.Run(matrix.Operator, options with { Seed = request.Seed + r });
                    seconds.Add(result.Elapsed.TotalSeconds);
                    tridiagonal ??= result;
                }
                if (seconds.Count > 0) lanczosPoints.Add(new RuntimePoint(variant, n, SampleStatistics.Of(seconds)));
                done++;
            }
            if (tridiagonal is not null)
                eigenPoints.Add(new EigensolvePoint(n, TimeEigensolve(tridiagonal, request.EigensolveRepeats)));
            done++;
        }
        progress?.Report(new ExperimentProgress("Done", total, total));
        return new RuntimeStudyResult([.. lanczosPoints], [.. eigenPoints]);
    }

    private static SampleStatistics TimeEigensolve(LanczosResult t, int repeats)
    {
        var beta = t.Beta.AsSpan(0, t.Steps - 1).ToArray();
        SymmetricTridiagonalEigensolver.Solve(t.Alpha, beta); // warm-up
        var seconds = new double[repeats];
        for (int r = 0; r < repeats; r++)
        {
            long start = Stopwatch.GetTimestamp();
            SymmetricTridiagonalEigensolver.Solve(t.Alpha, beta);
            seconds[r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        return SampleStatistics.Of(seconds);
    }
}
