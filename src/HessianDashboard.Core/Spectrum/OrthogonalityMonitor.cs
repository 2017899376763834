using HessianDashboard.Core.LinearAlgebra;

namespace HessianDashboard.Core.Spectrum;

/// <summary>
/// Measures max|V_kᵀV_k − I| incrementally: when v_k joins the basis only its new row
/// V_{k−1}·v_k and |v_kᵀv_k − 1| are computed (one k·n product), and the running maximum is kept.
/// </summary>
internal sealed class OrthogonalityMonitor(int capacity)
{
    private readonly double[] _dots = new double[capacity];

    /// <summary>The loss of the basis seen so far.</summary>
    public double Loss { get; private set; }

    /// <summary>Updates the loss for <paramref name="newest"/> about to join <paramref name="basis"/>.</summary>
    public void Observe(RowBasis basis, ReadOnlySpan<double> newest)
    {
        int k = basis.Count;
        double worst = Math.Abs(Vectors.Dot(newest, newest) - 1.0);
        if (k > 0)
        {
            basis.Multiply(newest, _dots, k);
            for (int i = 0; i < k; i++) worst = Math.Max(worst, Math.Abs(_dots[i]));
        }
        Loss = Math.Max(Loss, worst);
    }
}
