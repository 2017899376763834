namespace HessianDashboard.Torch.Hessian;

/// <summary>
/// What to do with the gradient graphs of a Hessian batch split into chunks (see
/// docs/algorithms/hessian-vector-products.md, "Chunked batches").
/// </summary>
public enum ChunkGraphPolicy
{
    /// <summary>
    /// Build every chunk's gradient graph once (create_graph) and keep it: each product is one
    /// double-backward per chunk. Fastest; memory ≈ all chunks' activations and their gradient graphs.
    /// </summary>
    RetainAll,

    /// <summary>
    /// Keep no graph: each product rebuilds each chunk's forward and gradient graph, back-propagates
    /// through it and frees it. Memory ≈ one chunk's graph; cost ≈ one gradient more per chunk and product.
    /// </summary>
    RecomputePerProduct,
}
