using HessianDashboard.Core.LinearAlgebra;
using HessianDashboard.Core.Operators;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace HessianDashboard.Core.Trace;

/// <summary>
/// Hutch++ (Meyer, Musco, Musco &amp; Woodruff 2021): spend a third of the budget on a sketch
/// Q = orth(A·S), take tr(QᵀAQ) exactly, and estimate the rest, tr((I − QQᵀ)A(I − QQᵀ)), by
/// Hutchinson with probes projected onto the complement of Q.
/// </summary>
/// <remarks>
/// <para>
/// With a budget of m applications and k = ⌊m/3⌋ sketch columns (capped at n): k applications
/// build A·S, k compute tr(QᵀAQ) = Σ q_jᵀAq_j, and the remaining m − 2k ∈ {k, k+1, k+2} are
/// Hutchinson samples, so exactly m applications are spent whatever m mod 3 is. The estimate is
/// unbiased (S and the probes are independent); for positive semidefinite A the error is
/// O(tr(A)/m) with high probability instead of Hutchinson's O(tr(A)/√m), and A of rank r ≤ k is
/// recovered exactly up to rounding, because then Q spans the range of A. It can be worse than
/// Hutchinson at equal budget for flat spectra, notably A ≈ cI, where Rademacher Hutchinson is
/// nearly exact but the projected residual c(I − QQᵀ) is not diagonal.
/// </para>
/// <para>
/// Q comes from a thin Householder QR (MathNet), orthonormal to working precision even when A·S is
/// rank deficient. Memory: a few n × k arrays (sketch, Q, basis rows). The standard error covers only the
/// Hutchinson part (the exact part has no sampling error given Q) and is NaN with one sample (m = 3).
/// </para>
/// </remarks>
public static class HutchPlusPlusTrace
{
    /// <summary>Estimates tr(<paramref name="op"/>) with exactly <paramref name="budget"/> operator applications.</summary>
    /// <param name="op">The symmetric operator A.</param>
    /// <param name="budget">m ≥ 3, the total number of operator applications.</param>
    /// <param name="seed">Seed of the sketch and probe stream.</param>
    /// <param name="distribution">Distribution of the entries of S and of the probes; Rademacher by default.</param>
    /// <param name="progress">Called after every application; RunningEstimate is NaN until the Hutchinson phase.</param>
    /// <param name="cancellationToken">
    /// Checked before every application. Cancelled before the Hutchinson phase: Estimate is NaN;
    /// during it: tr(QᵀAQ) plus the mean of the samples done.
    /// </param>
    /// <returns>The estimate; Samples is the number of Hutchinson samples. NaN when the operator returned NaN/∞.</returns>
    /// <exception cref="ArgumentException"><paramref name="budget"/> &lt; 3 or an unknown distribution.</exception>
    public static TraceEstimate Estimate(
        ISymmetricOperator op,
        int budget,
        int seed = 0,
        ProbeDistribution distribution = ProbeDistribution.Rademacher,
        Action<TraceProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (budget < 3) throw new ArgumentException($"Hutch++ needs a budget of at least 3 operator applications, got {budget}.", nameof(budget));
        ProbeSampler.CheckDefined(distribution);

        int n = op.Dimension, k = Math.Min(budget / 3, n), samples = budget - 2 * k, done = 0;
        var sampler = new ProbeSampler(distribution, seed);
        double[] z = new double[n], az = new double[n];
        var sketch = new double[(long)n * k]; // A·S, column-major n × k
        for (int j = 0; j < k; j++, done++)
        {
            if (cancellationToken.IsCancellationRequested) return Cancelled(done);
            sampler.Fill(z);
            op.Apply(z, sketch.AsSpan(j * n, n));
            progress?.Invoke(new TraceProgress(done + 1, budget, double.NaN));
        }
        if (!Vectors.AllFinite(sketch)) return NonFinite(done);

        var q = OrthonormalColumns(sketch, n, k);
        double exact = 0;
        for (int j = 0; j < k; j++, done++)
        {
            if (cancellationToken.IsCancellationRequested) return Cancelled(done);
            op.Apply(q[j], az);
            exact += Vectors.Dot(q[j], az);
            progress?.Invoke(new TraceProgress(done + 1, budget, double.NaN));
        }
        if (!double.IsFinite(exact)) return NonFinite(done);

        var moments = new RunningMoments();
        var coefficients = new double[k];
        for (int i = 0; i < samples; i++, done++)
        {
            if (cancellationToken.IsCancellationRequested)
                return new TraceEstimate(exact + moments.Mean, moments.StandardError, moments.Count, done) { Cancelled = true };
            sampler.Fill(z);
            q.Multiply(z, coefficients, k);              // z ← (I − QQᵀ) z
            q.SubtractTransposeTimes(coefficients, z, k);
            op.Apply(z, az);
            double quadratic = Vectors.Dot(z, az);
            if (!double.IsFinite(quadratic)) return NonFinite(done + 1);
            moments.Add(quadratic);
            progress?.Invoke(new TraceProgress(done + 1, budget, exact + moments.Mean));
        }
        return new TraceEstimate(exact + moments.Mean, moments.StandardError, samples, budget);
    }

    /// <summary>The k orthonormal columns of the thin QR factor of the column-major n × k matrix, as rows of a basis.</summary>
    private static RowBasis OrthonormalColumns(double[] columnMajor, int n, int k)
    {
        var factor = Matrix<double>.Build.Dense(n, k, columnMajor).QR(QRMethod.Thin).Q;
        var basis = new RowBasis(n);
        foreach (double[] column in factor.ToColumnArrays()) basis.Add(column);
        return basis;
    }

    private static TraceEstimate Cancelled(int done) => new(double.NaN, double.NaN, 0, done) { Cancelled = true };

    private static TraceEstimate NonFinite(int done) => new(double.NaN, double.NaN, 0, done);
}
