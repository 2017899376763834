using HessianDashboard.Core.LinearAlgebra;
using HessianDashboard.Core.Operators;

namespace HessianDashboard.Core.Trace;

/// <summary>
/// Hutchinson's estimator (Hutchinson 1990): tr(A) ≈ (1/s) Σᵢ zᵢᵀA zᵢ with independent probes zᵢ
/// whose entries are i.i.d. with mean 0 and variance 1, so each term is an unbiased sample of tr(A).
/// </summary>
/// <remarks>
/// Cost: s operator applications. The error is O(1/√s): with Rademacher probes
/// Var[zᵀAz] = 2(‖A‖_F² − Σ a_ii²), with Gaussian probes 2‖A‖_F², so the relative error is
/// about √(2/s)·‖A‖_F/|tr A| — large when the spectrum has mixed signs or is dominated by a few
/// eigenvalues (use <see cref="HutchPlusPlusTrace"/> then). The reported standard error is the
/// sample standard deviation over √s, itself a noisy estimate for small s.
/// </remarks>
public static class HutchinsonTrace
{
    /// <summary>Estimates tr(<paramref name="op"/>) from <paramref name="samples"/> seeded probes.</summary>
    /// <param name="op">The symmetric operator A (symmetry is not needed by the estimator itself).</param>
    /// <param name="samples">s ≥ 1, the number of probes (= operator applications). The standard error needs s ≥ 2.</param>
    /// <param name="seed">Seed of the probe stream; the same seed gives the same estimate.</param>
    /// <param name="distribution">Probe distribution; Rademacher by default.</param>
    /// <param name="progress">Called after every sample with the running mean.</param>
    /// <param name="cancellationToken">Checked before every sample; on cancellation the samples done so far are returned with <see cref="TraceEstimate.Cancelled"/> set.</param>
    /// <returns>
    /// The estimate. A non-finite sample (operator returned NaN/∞) stops the run: Estimate and
    /// StandardError are NaN and Samples counts the finite samples before it.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="samples"/> &lt; 1 or an unknown distribution.</exception>
    public static TraceEstimate Estimate(
        ISymmetricOperator op,
        int samples,
        int seed = 0,
        ProbeDistribution distribution = ProbeDistribution.Rademacher,
        Action<TraceProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (samples < 1) throw new ArgumentException($"Hutchinson needs at least 1 sample, got {samples}.", nameof(samples));
        ProbeSampler.CheckDefined(distribution);

        var sampler = new ProbeSampler(distribution, seed);
        var moments = new RunningMoments();
        int n = op.Dimension;
        double[] z = new double[n], az = new double[n];
        for (int i = 0; i < samples; i++)
        {
            if (cancellationToken.IsCancellationRequested)
                return new TraceEstimate(moments.Mean, moments.StandardError, moments.Count, i) { Cancelled = true };
            sampler.Fill(z);
            op.Apply(z, az);
            double quadratic = Vectors.Dot(z, az);
            if (!double.IsFinite(quadratic))
                return new TraceEstimate(double.NaN, double.NaN, moments.Count, i + 1);
            moments.Add(quadratic);
            progress?.Invoke(new TraceProgress(i + 1, samples, moments.Mean));
        }
        return new TraceEstimate(moments.Mean, moments.StandardError, samples, samples);
    }
}
