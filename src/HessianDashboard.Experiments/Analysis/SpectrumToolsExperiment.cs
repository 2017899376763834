using System.Diagnostics;
using HessianDashboard.Core.Density;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Trace;
using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Analysis;

/// <summary>The PyHessian-style tools on any matrix source: top eigenvalues, trace and density.</summary>
public static class SpectrumToolsExperiment
{
    public static TopEigenvaluesResult TopEigenvalues(TopEigenvaluesRequest request, CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        var matrix = request.Source.Resolve();
        long start = Stopwatch.GetTimestamp();
        var result = PowerIteration.Run(matrix.Operator, new PowerIterationOptions
        {
            Count = Math.Min(request.Count, matrix.Operator.Dimension), MaxIterations = request.MaxIterations,
            Tolerance = request.Tolerance, Seed = request.Seed,
        }, cancellationToken: cancellationToken);
        double[]? truth = matrix.Truth?.OrderByDescending(Math.Abs).Take(request.Count).ToArray();
        return new TopEigenvaluesResult(matrix.Operator.Dimension, result.Status, result.Message,
            [.. result.Pairs.Select(p => p.Value)], [.. result.Pairs.Select(p => p.Residual)], [.. result.Pairs.Select(p => p.Iterations)],
            [.. result.Pairs.Select(p => p.Converged)], truth, result.OperatorApplications, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    public static TraceResult Trace(TraceRequest request, CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        var matrix = request.Source.Resolve();
        long start = Stopwatch.GetTimestamp();
        var estimate = request.Method == TraceMethod.Hutchinson
            ? HutchinsonTrace.Estimate(matrix.Operator, request.Budget, request.Seed, request.Probes, cancellationToken: cancellationToken)
            : HutchPlusPlusTrace.Estimate(matrix.Operator, request.Budget, request.Seed, request.Probes, cancellationToken: cancellationToken);
        return new TraceResult(matrix.Operator.Dimension, request.Method, estimate.Estimate, estimate.StandardError, estimate.Samples,
            estimate.OperatorApplications, matrix.Truth?.Sum(), Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    public static DensityResult Density(DensityRequest request, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        var matrix = request.Source.Resolve();
        if (request.Iterations > matrix.Operator.Dimension)
            throw new RequestValidationException($"Iterations m = {request.Iterations} cannot exceed n = {matrix.Operator.Dimension}.");
        long start = Stopwatch.GetTimestamp();
        var estimate = SpectralDensity.Estimate(matrix.Operator,
            new SpectralDensityOptions { StartVectors = request.StartVectors, Iterations = request.Iterations, Seed = request.Seed },
            (done, _) => progress?.Report(new ExperimentProgress("start vectors", done, request.StartVectors)), cancellationToken);
        if (estimate.Rules.Length == 0) throw new OperationCanceledException("No start vector completed.");
        var (min, max) = estimate.NodeRange();
        double sigma = request.Sigma ?? Math.Max(0.01 * (max - min), 1e-12 * Math.Max(1, Math.Abs(max)));
        var curve = estimate.Smooth(sigma, request.GridPoints);
        return new DensityResult(matrix.Operator.Dimension, sigma, curve.Grid, curve.Density, estimate.Rules, matrix.Truth,
            Stopwatch.GetElapsedTime(start).TotalSeconds);
    }
}
