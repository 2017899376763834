namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// One final spectrum of a run, named as the run's Step events name its series (a variant, "mnist/trained",
/// "step 5", a block …): the Ritz values ascending, their Gauss weights τᵢ (Σ τᵢ = 1; empty when the result keeps
/// none, e.g. a batch-size study) and their residual bounds |β sᵢ| (empty when unknown).
/// </summary>
/// <param name="Label">The series name, unique within the run.</param>
/// <param name="Ritz">θ₁ ≤ … ≤ θₘ.</param>
/// <param name="Weights">τᵢ aligned with <paramref name="Ritz"/>, or empty.</param>
/// <param name="Residuals">|β sᵢ| aligned with <paramref name="Ritz"/>, or empty.</param>
public sealed record LabelledSpectrum(string Label, double[] Ritz, double[] Weights, double[] Residuals)
{
    /// <summary>True when every Ritz value has its Gauss weight, so an SLQ density can be drawn.</summary>
    public bool HasWeights => Ritz.Length > 0 && Weights.Length == Ritz.Length;
}
