using System.Diagnostics;
using HessianDashboard.Core.Operators;

namespace HessianDashboard.Torch.Hessian;

/// <summary>
/// The dense Hessian as ground truth for small models: row i = H eᵢ (n products through the reused
/// graph), then H ← (H + Hᵀ)/2 with the asymmetry max|H − Hᵀ| reported (autograd does not enforce
/// symmetry; in float64 the asymmetry is rounding, ~1e-16·‖H‖). Memory: one n × n float64 matrix
/// (12,730 parameters: 1.3 GB) plus, for eigenvalues, libtorch's copy and LAPACK workspace.
/// </summary>
public static class ExactHessian
{
    /// <summary>Computes H for <paramref name="hvp"/>, checkpointing to <paramref name="rowFile"/> when given (fingerprint and precision taken from the operator).</summary>
    public static DenseHessian Compute(HessianVectorProduct hvp, string? rowFile = null,
        Action<ExactHessianProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hvp);
        var options = new ExactHessianOptions
        {
            RowFile = rowFile,
            Fingerprint = rowFile is null ? null : hvp.Fingerprint(),
            Precision = hvp.Precision,
        };
        return Compute(hvp, options, progress, cancellationToken);
    }

    /// <summary>
    /// Computes H for any symmetric operator, row by row. Cancellation stops between rows after
    /// checkpointing the complete rows, then throws <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The row file was written for a different Hessian.</exception>
    public static DenseHessian Compute(ISymmetricOperator op, ExactHessianOptions options,
        Action<ExactHessianProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(options);
        int n = op.Dimension;
        if (n <= 0) throw new ArgumentException($"The operator dimension must be positive, got {n}.");
        if ((long)n * n > Array.MaxLength) throw new ArgumentException($"n = {n}: an n × n matrix does not fit in one array; use Lanczos.");
        if (options.RowFile is not null && string.IsNullOrEmpty(options.Fingerprint))
            throw new ArgumentException("A row file needs a fingerprint of the model and batch, so a mismatched resume can be refused.");

        var matrix = GC.AllocateUninitializedArray<double>(n * n);
        int done = 0;
        using var file = options.RowFile is null ? null
            : HessianRowFile.Open(options.RowFile, n, options.Precision.ToString(), options.Fingerprint!, matrix, out done);
        int resumed = done, block = options.EffectiveBlockRows(n), blockStart = done;
        var unit = new double[n];
        var clock = Stopwatch.StartNew();
        progress?.Invoke(new ExactHessianProgress(done, n, resumed, TimeSpan.Zero));
        while (done < n)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                file?.Append(matrix.AsSpan(blockStart * n, (done - blockStart) * n), done);
                cancellationToken.ThrowIfCancellationRequested();
            }
            unit[done] = 1;
            op.Apply(unit, matrix.AsSpan(done * n, n));
            unit[done] = 0;
            done++;
            if (done - blockStart == block || done == n)
            {
                file?.Append(matrix.AsSpan(blockStart * n, (done - blockStart) * n), done);
                blockStart = done;
                progress?.Invoke(new ExactHessianProgress(done, n, resumed, clock.Elapsed));
            }
        }
        double asymmetry = Symmetrize(matrix, n);
        return new DenseHessian(n, matrix, asymmetry, resumed, clock.Elapsed);
    }

    /// <summary>H ← (H + Hᵀ)/2 in place, tile by tile (cache-friendly); returns max|H − Hᵀ| before.</summary>
    internal static double Symmetrize(double[] a, int n)
    {
        const int tile = 64;
        double asymmetry = 0;
        for (int ib = 0; ib < n; ib += tile)
        {
            for (int jb = ib; jb < n; jb += tile)
            {
                int iEnd = Math.Min(ib + tile, n), jEnd = Math.Min(jb + tile, n);
                for (int i = ib; i < iEnd; i++)
                {
                    for (int j = Math.Max(jb, i + 1); j < jEnd; j++)
                    {
                        double upper = a[(long)i * n + j], lower = a[(long)j * n + i];
                        asymmetry = Math.Max(asymmetry, Math.Abs(upper - lower));
                        double mean = 0.5 * (upper + lower);
                        a[(long)i * n + j] = mean;
                        a[(long)j * n + i] = mean;
                    }
                }
            }
        }
        return asymmetry;
    }
}
