namespace HessianDashboard.Core.Spectrum;

/// <summary>
/// Simon's ω-recurrence (Simon 1984, "The Lanczos algorithm with partial reorthogonalization"):
/// an O(k) per step estimate ω_{k+1,i} ≈ v_{k+1}ᵀ v_i of the loss of orthogonality, computed from
/// α and β alone, that drives selective (partial) reorthogonalisation.
/// </summary>
/// <remarks>
/// With 0-based indices and the new step j (α_j, β_j known):
/// β_j ω_{j+1,i} = β_i ω_{j,i+1} + (α_i − α_j) ω_{j,i} + β_{i−1} ω_{j,i−1} − β_{j−1} ω_{j−1,i} ± θ,
/// with ω_{i,i} = 1, ω_{i+1,i} = ψ and the rounding terms θ = ε(β_i + β_j)·‖A‖-scale, ψ = ε√n,
/// taken with the sign that increases |ω| so the estimate stays an upper bound in practice.
/// </remarks>
internal sealed class OmegaRecurrence
{
    private static readonly double Epsilon = Math.Pow(2, -52);
    private readonly double _psi;
    private double[] _previous;
    private double[] _current;
    private double[] _next;

    public OmegaRecurrence(int dimension, int capacity)
    {
        _psi = Epsilon * Math.Sqrt(dimension);
        _previous = new double[capacity + 2];
        _current = new double[capacity + 2];
        _next = new double[capacity + 2];
        _current[0] = 1; // ω_{0,0}
    }

    /// <summary>√ε, the level beyond which semi-orthogonality is lost and reorthogonalisation is due.</summary>
    public static double Threshold { get; } = Math.Sqrt(Epsilon);

    /// <summary>
    /// Advances to ω_{j+1,·} given α_0..α_j and β_0..β_j (β_j ≠ 0), and returns max_{i&lt;j} |ω_{j+1,i}|.
    /// </summary>
    public double Advance(int j, IReadOnlyList<double> alpha, IReadOnlyList<double> beta, double normEstimate)
    {
        double betaJ = beta[j];
        double betaJm1 = j > 0 ? beta[j - 1] : 0;
        double worst = 0;
        for (int i = 0; i < j; i++)
        {
            double t = beta[i] * _current[i + 1] + (alpha[i] - alpha[j]) * _current[i] - betaJm1 * _previous[i];
            if (i > 0) t += beta[i - 1] * _current[i - 1];
            double theta = Epsilon * (beta[i] + betaJ + normEstimate);
            t += t >= 0 ? theta : -theta;
            _next[i] = t / betaJ;
            worst = Math.Max(worst, Math.Abs(_next[i]));
        }
        if (j >= 0) _next[j] = _psi;
        _next[j + 1] = 1;
        (_previous, _current, _next) = (_current, _next, _previous);
        return worst;
    }

    /// <summary>After reorthogonalising v_{j+1} against v_0..v_j, its estimates drop back to rounding level.</summary>
    public void ResetNewest(int j)
    {
        for (int i = 0; i <= j; i++) _current[i] = _psi;
        _current[j + 1] = 1;
    }
}
