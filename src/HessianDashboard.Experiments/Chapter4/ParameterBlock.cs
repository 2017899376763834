namespace HessianDashboard.Experiments.Chapter4;

/// <summary>A named block of parameters: the diagonal block ∂²L/∂θ_B² of the Hessian over the parameters matching <paramref name="Patterns"/>.</summary>
/// <param name="Name">e.g. "embedding", "h0.attn", "h0.mlp", "ln_f".</param>
/// <param name="Patterns">Exact PyTorch parameter names or globs (see ParameterGroup.Select).</param>
public sealed record ParameterBlock(string Name, IReadOnlyList<string> Patterns);
