using System.Diagnostics;
using HessianDashboard.Core.LinearAlgebra;
using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Randomness;
using System.Runtime.InteropServices;
using HessianDashboard.Core.Tridiagonal;

namespace HessianDashboard.Core.Spectrum;

/// <summary>The state of one Lanczos run; <see cref="Lanczos"/> is the public entry point.</summary>
internal sealed class LanczosIteration
{
    private readonly ISymmetricOperator _op;
    private readonly LanczosOptions _options;
    private readonly Action<LanczosStep>? _onStep;
    private readonly int _n;
    private readonly List<double> _alpha = [];
    private readonly List<double> _beta = [];
    private readonly List<double> _orthogonalityLoss = [];
    private readonly RowBasis? _basis;
    private readonly OrthogonalityMonitor? _monitor;
    private readonly OmegaRecurrence? _omega;
    private readonly double[] _coefficients;
    private double[] _v;
    private double[] _previous;
    private double[] _w;
    private long _innerProducts;
    private int _reorthogonalizedSteps;
    private int _restarts;
    private bool _reorthogonalizeNext;
    private double _normEstimate;
    private long _operatorTicks;
    private TridiagonalEigenpairs? _lastEigenpairs;

    public LanczosIteration(ISymmetricOperator op, LanczosOptions options, Action<LanczosStep>? onStep)
    {
        _op = op;
        _options = options;
        _onStep = onStep;
        _n = op.Dimension;
        int m = options.Iterations;
        bool needBasis = options.Reorthogonalization != Reorthogonalization.None || options.TrackOrthogonality || options.KeepBasis;
        _basis = needBasis ? new RowBasis(_n) : null;
        _monitor = options.TrackOrthogonality ? new OrthogonalityMonitor(m + 1) : null;
        _omega = options.Reorthogonalization == Reorthogonalization.Selective ? new OmegaRecurrence(_n, m) : null;
        _coefficients = new double[m + 1];
        _v = StartVector.For(options, _n);
        _previous = new double[_n];
        _w = new double[_n];
    }

    public LanczosResult Execute(CancellationToken cancellationToken)
    {
        long start = Stopwatch.GetTimestamp();
        AddToBasis(_v);
        var status = LanczosStatus.Completed;
        string? message = null;
        for (int k = 1; k <= _options.Iterations; k++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                (status, message) = (LanczosStatus.Cancelled, $"Cancelled after {k - 1} steps.");
                break;
            }
            long stepStart = Stopwatch.GetTimestamp();
            long opTicks = ApplyOperator();
            if (!Vectors.AllFinite(_w))
            {
                (status, message) = (LanczosStatus.NonFinite, $"The operator returned a non-finite value at step {k}; {k - 1} steps kept.");
                break;
            }
            bool reorthogonalized = Recurrence(k);
            double beta = Vectors.Norm(_w);
            if (!double.IsFinite(beta) || !double.IsFinite(_alpha[^1]))
            {
                _alpha.RemoveAt(_alpha.Count - 1);
                (status, message) = (LanczosStatus.NonFinite, $"α or β overflowed at step {k}; {k - 1} steps kept.");
                break;
            }
            _beta.Add(beta);
            _normEstimate = Math.Max(_normEstimate, Math.Abs(_alpha[^1]) + beta + (k > 1 ? _beta[^2] : 0));
            if (_omega is not null && k < _options.Iterations && beta > 0)
                reorthogonalized |= SelectiveCheck(k - 1, ref beta);
            if (reorthogonalized) _reorthogonalizedSteps++;

            var step = Observe(k, beta, reorthogonalized, opTicks, stepStart);
            _onStep?.Invoke(step);

            if (k == _options.Iterations) break;
            if (beta > _options.BreakdownTolerance * _normEstimate)
                Advance(beta);
            else if (!TryRestart(k))
            {
                (status, message) = (LanczosStatus.Breakdown,
                    $"β_{k} = {beta:G3} ≈ 0 at step {k}: the Krylov space is invariant and the {k} Ritz values are eigenvalues of A.");
                break;
            }
        }
        return LanczosResultBuilder.Build(this, status, message, Stopwatch.GetElapsedTime(start));
    }

    internal int Dimension => _n;
    internal LanczosOptions Options => _options;
    internal IReadOnlyList<double> Alpha => _alpha;
    internal IReadOnlyList<double> Beta => _beta;
    internal IReadOnlyList<double> OrthogonalityLosses => _orthogonalityLoss;
    internal long InnerProducts => _innerProducts;
    internal int ReorthogonalizedSteps => _reorthogonalizedSteps;
    internal int Restarts => _restarts;
    internal TimeSpan OperatorTime => Stopwatch.GetElapsedTime(0, _operatorTicks);
    internal RowBasis? Basis => _basis;
    internal TridiagonalEigenpairs? LastEigenpairs => _lastEigenpairs;

    private long ApplyOperator()
    {
        long t0 = Stopwatch.GetTimestamp();
        _op.Apply(_v, _w);
        long ticks = Stopwatch.GetTimestamp() - t0;
        _operatorTicks += ticks;
        return ticks;
    }

    /// <summary>w = A v_k − β_{k−1} v_{k−1}; α_k = v_kᵀ w; w −= α_k v_k; then Gram–Schmidt per variant.</summary>
    private bool Recurrence(int k)
    {
        if (k > 1) Vectors.Axpy(-_beta[^1], _previous, _w);
        double alpha = Vectors.Dot(_v, _w);
        Vectors.Axpy(-alpha, _v, _w);
        _alpha.Add(alpha);
        switch (_options.Reorthogonalization)
        {
            case Reorthogonalization.Full:
                GramSchmidtPass();
                return true;
            case Reorthogonalization.Double:
                GramSchmidtPass();
                GramSchmidtPass();
                return true;
            default:
                return false;
        }
    }

    /// <summary>Classical Gram–Schmidt as two matrix-vector products: h = V w, w ← w − Vᵀ h.</summary>
    private void GramSchmidtPass()
    {
        int k = _basis!.Count;
        _basis.Multiply(_w, _coefficients, k);
        _basis.SubtractTransposeTimes(_coefficients, _w, k);
        _innerProducts += k;
    }

    /// <summary>Partial reorthogonalisation: reorthogonalise when Simon's estimate exceeds √ε, and once more at the next step.</summary>
    private bool SelectiveCheck(int j, ref double beta)
    {
        double worst = _omega!.Advance(j, _alpha, _beta, _normEstimate);
        if (worst <= OmegaRecurrence.Threshold && !_reorthogonalizeNext) return false;
        _reorthogonalizeNext = !_reorthogonalizeNext;
        GramSchmidtPass();
        double norm = Vectors.Norm(_w);
        if (norm < 0.7071 * beta) GramSchmidtPass(); // "twice is enough" (Kahan–Parlett)
        beta = Vectors.Norm(_w);
        _beta[^1] = beta;
        _omega.ResetNewest(j);
        return true;
    }

    private LanczosStep Observe(int k, double beta, bool reorthogonalized, long opTicks, long stepStart)
    {
        double[] ritz = [], residuals = [];
        if (_options.RitzValuesEachStep)
        {
            _lastEigenpairs = SymmetricTridiagonalEigensolver.Solve(
                CollectionsMarshal.AsSpan(_alpha),
                CollectionsMarshal.AsSpan(_beta)[..(k - 1)]);
            ritz = _lastEigenpairs.Values;
            residuals = ResidualBounds(_lastEigenpairs.LastComponents, beta);
        }
        double loss = _monitor?.Loss ?? double.NaN;
        _orthogonalityLoss.Add(loss);
        long total = Stopwatch.GetTimestamp() - stepStart;
        return new LanczosStep(k, _alpha[^1], beta, ritz, residuals, loss, reorthogonalized,
            Stopwatch.GetElapsedTime(0, opTicks), Stopwatch.GetElapsedTime(0, total - opTicks));
    }

    internal static double[] ResidualBounds(double[] lastComponents, double beta)
    {
        var bounds = new double[lastComponents.Length];
        for (int i = 0; i < bounds.Length; i++) bounds[i] = Math.Abs(beta * lastComponents[i]);
        return bounds;
    }

    /// <summary>v_{k+1} = w / β_k; the old v_k becomes the previous vector.</summary>
    private void Advance(double beta)
    {
        (_previous, _v, _w) = (_v, _w, _previous);
        Vectors.Scale(1.0 / beta, _v);
        AddToBasis(_v);
    }

    /// <summary>
    /// After an invariant subspace is found, continue from a random vector orthogonal to the basis with
    /// β_k = 0: T splits into blocks whose eigenvalues are all eigenvalues of A, so repeated eigenvalues
    /// (e.g. many exact zeros) are still found. Only possible when the basis is kept and reorthogonalised.
    /// </summary>
    private bool TryRestart(int k)
    {
        if (_options.Reorthogonalization == Reorthogonalization.None) return false;
        new GaussianSampler(unchecked(_options.Seed * 31 + k)).Fill(_w);
        Vectors.Scale(1.0 / Vectors.Norm(_w), _w);
        GramSchmidtPass();
        GramSchmidtPass();
        double norm = Vectors.Norm(_w);
        if (norm < 1e-6) return false; // the basis already spans (numerically) the whole space
        _beta[^1] = 0;
        _restarts++;
        (_previous, _v, _w) = (_v, _w, _previous);
        Vectors.Scale(1.0 / norm, _v);
        Array.Clear(_previous); // β_k = 0: no coupling to the old vector
        AddToBasis(_v);
        _omega?.ResetNewest(k - 1);
        return true;
    }

    private void AddToBasis(double[] v)
    {
        if (_basis is null) return;
        _monitor?.Observe(_basis, v);
        _basis.Add(v);
    }
}
