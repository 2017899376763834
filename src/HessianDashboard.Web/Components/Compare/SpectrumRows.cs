using System.Globalization;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>A labelled spectrum and its metrics row from a Lanczos result, plain or on a network Hessian.</summary>
internal static class SpectrumRows
{
    /// <summary>Matrices are applied in float64 (Core computes every number in float64); networks state theirs.</summary>
    public const string MatrixPrecision = "float64";

    /// <summary>The run's Ritz values, weights and residual bounds; n, m, variant, λ range, converged count at ε, time, |VᵀV − I|.</summary>
    public static (LabelledSpectrum Spectrum, RunMetricsRow Row) Lanczos(string label, LanczosRunResult run, RunMetricsRow row)
    {
        var spectrum = new LabelledSpectrum(label, run.Ritz, run.Weights, run.Residuals);
        double? orthogonality = run.OrthogonalityLoss is [.., var last] && double.IsFinite(last) ? last : null;
        return (spectrum, Range(row, spectrum) with
        {
            Spectrum = label,
            Dimension = run.N,
            Iterations = run.Iterations,
            Variant = run.Variant.ToString(),
            Precision = MatrixPrecision,
            Converged = run.ConvergedCount,
            ConvergedRule = run.ConvergedCount is null ? null : Epsilon(run.Epsilon),
            Seconds = run.Seconds,
            OrthogonalityLoss = orthogonality,
        });
    }

    /// <summary>As <see cref="Lanczos"/> for a network Hessian: n = parameters, its precision, the loss there and the Lanczos time.</summary>
    public static (LabelledSpectrum Spectrum, RunMetricsRow Row) Network(string label, NetworkSpectrumResult result, RunMetricsRow row)
    {
        var (spectrum, lanczos) = Lanczos(label, result.Lanczos, row);
        return (spectrum, lanczos with
        {
            Dimension = result.Dimension,
            Precision = result.Manifest.Precision,
            Seconds = result.LanczosSeconds,
            Loss = result.Loss,
        });
    }

    /// <summary>λmin and λmax of <paramref name="spectrum"/> (null when it is empty).</summary>
    public static RunMetricsRow Range(RunMetricsRow row, LabelledSpectrum spectrum) => row with
    {
        Spectrum = spectrum.Label,
        LambdaMin = spectrum.Ritz.Length == 0 ? null : spectrum.Ritz.Min(),
        LambdaMax = spectrum.Ritz.Length == 0 ? null : spectrum.Ritz.Max(),
    };

    /// <summary>"ε = 1e-5": the converged count's rule against the exact spectrum.</summary>
    public static string Epsilon(double epsilon) => string.Create(CultureInfo.InvariantCulture, $"ε = {epsilon:0.###e0}");
}
