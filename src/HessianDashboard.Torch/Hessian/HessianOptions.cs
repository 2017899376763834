namespace HessianDashboard.Torch.Hessian;

/// <summary>How a <see cref="HessianVectorProduct"/> is built over its Hessian batch.</summary>
public sealed record HessianOptions
{
    /// <summary>The floating-point type of the products (the model's parameters must already be in it).</summary>
    public HessianPrecision Precision { get; init; } = HessianPrecision.Float64;

    /// <summary>
    /// Samples per chunk; 0 (the default) = the whole batch at once. Chunk c of size n_c contributes
    /// (n_c/N)·∇²L_c, so the sum is exactly the Hessian of the mean loss over all N samples.
    /// </summary>
    public int ChunkSize { get; init; }

    /// <summary>Retain every chunk's gradient graph, or rebuild it per product (when memory is the limit).</summary>
    public ChunkGraphPolicy ChunkPolicy { get; init; } = ChunkGraphPolicy.RetainAll;

    /// <summary>
    /// Glob patterns over PyTorch parameter names (<c>*</c> = any run of characters including dots,
    /// <c>?</c> = one character), e.g. <c>transformer.h.0.attn.*</c>. The operator is then the block
    /// ∂²L/∂θ_G² of the matching parameters. Null or empty = all parameters.
    /// </summary>
    public IReadOnlyList<string>? ParameterPatterns { get; init; }

    /// <summary>Before building the operator, require eval mode and a loss and gradient that repeat exactly.</summary>
    public bool VerifyDeterminism { get; init; } = true;

    internal void Validate()
    {
        if (!Enum.IsDefined(Precision)) throw new ArgumentException($"Unknown precision {Precision}.");
        if (!Enum.IsDefined(ChunkPolicy)) throw new ArgumentException($"Unknown chunk policy {ChunkPolicy}.");
        if (ChunkSize < 0) throw new ArgumentException($"ChunkSize must be 0 (whole batch) or positive, got {ChunkSize}.");
    }
}
