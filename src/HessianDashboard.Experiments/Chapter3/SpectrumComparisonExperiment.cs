using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using CoreLanczos = HessianDashboard.Core.Spectrum.Lanczos;

namespace HessianDashboard.Experiments.Chapter3;

/// <summary>Runs <see cref="SpectrumComparisonRequest"/>: builds (or reads) the matrix once and runs every variant from the same v₁.</summary>
public static class SpectrumComparisonExperiment
{
    public static SpectrumComparisonResult Run(SpectrumComparisonRequest request,
        Action<Reorthogonalization, LanczosStep>? onStep = null,
        IProgress<ExperimentProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        var source = request.EffectiveSource();
        var matrix = source.Resolve();
        int m = request.Iterations ?? matrix.Operator.Dimension;
        // A file's n is known only now: the same checks Validate() makes for a synthetic spectrum.
        if (SpectrumComparisonRequest.SizeErrors(m, matrix.Operator.Dimension, request.RecordLadders).ToArray() is { Length: > 0 } errors)
            throw new RequestValidationException(errors);
        var runs = new List<VariantRun>();
        foreach (var variant in request.Variants)
        {
            if (cancellationToken.IsCancellationRequested) break; // keep the variants already done
            progress?.Report(new ExperimentProgress($"Lanczos ({variant})", runs.Count, request.Variants.Length));
            var ladder = request.RecordLadders ? new List<double[]>(m) : null;
            var result = CoreLanczos.Run(matrix.Operator, new LanczosOptions
            {
                Iterations = m,
                Reorthogonalization = variant,
                Seed = request.StartSeed,
                RitzValuesEachStep = request.RecordLadders,
            }, step =>
            {
                ladder?.Add(step.RitzValues);
                onStep?.Invoke(variant, step);
            }, cancellationToken);
            var runRequest = new LanczosRunRequest { Source = source, Variant = variant, Iterations = m, StartSeed = request.StartSeed, Epsilon = request.Epsilon };
            runs.Add(new VariantRun(variant, LanczosRunExperiment.Score(runRequest, matrix, result), ladder?.ToArray()));
        }
        progress?.Report(new ExperimentProgress("Done", runs.Count, request.Variants.Length));
        return new SpectrumComparisonResult(matrix.Truth ?? [], [.. runs]);
    }
}
