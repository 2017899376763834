namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// One line of the compare view's metrics table: a run's spectrum (or the run itself when it has none) with the numbers
/// comparable across kinds. Null means "not known for this kind".
/// </summary>
public sealed record RunMetricsRow
{
    public required string RunId { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string State { get; init; }

    /// <summary>The spectrum's label (<see cref="LabelledSpectrum.Label"/>), or null for a run without spectra.</summary>
    public string? Spectrum { get; init; }

    /// <summary>n of a matrix, or the number of parameters a network Hessian is over.</summary>
    public long? Dimension { get; init; }

    /// <summary>m, the Lanczos steps.</summary>
    public int? Iterations { get; init; }

    public string? Variant { get; init; }

    /// <summary>The precision of the matrix-vector (Hessian-vector) products: float64 for matrices, the network's otherwise.</summary>
    public string? Precision { get; init; }

    /// <summary>The smallest and largest Ritz value.</summary>
    public double? LambdaMin { get; init; }
    public double? LambdaMax { get; init; }

    /// <summary>The converged count and the rule it was counted by ("ε = 1e-5" against the exact spectrum, or a residual rule).</summary>
    public int? Converged { get; init; }
    public string? ConvergedRule { get; init; }

    /// <summary>Wall time of this spectrum's Lanczos steps (or of the training), in seconds.</summary>
    public double? Seconds { get; init; }

    /// <summary>max|VᵀV − I| after the last step, when tracked.</summary>
    public double? OrthogonalityLoss { get; init; }

    /// <summary>The loss over the Hessian batch (network spectra) or the final training loss (training runs).</summary>
    public double? Loss { get; init; }

    /// <summary>Test accuracy when known, else training accuracy (MLP states and training runs).</summary>
    public double? Accuracy { get; init; }

    /// <summary>The whole run's wall time.</summary>
    public TimeSpan? Elapsed { get; init; }
}
