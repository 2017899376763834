namespace HessianDashboard.Torch.Models;

/// <summary>A tensor-free summary of a model for manifests, pages and the CLI.</summary>
/// <param name="Kind">Architecture.</param>
/// <param name="Config">Configuration JSON (the checkpoint metadata's <c>config</c>).</param>
/// <param name="ParameterCount">Scalar parameters (the Hessian's dimension).</param>
/// <param name="Precision">Parameter dtype.</param>
/// <param name="Device">Where the parameters live, e.g. "cpu".</param>
/// <param name="Seed">Initialisation seed.</param>
/// <param name="Parameters">Named parameters in order, with shapes (the order HVP vectors use).</param>
public sealed record ModelDescription(
    ModelKind Kind, string Config, long ParameterCount, ModelPrecision Precision, string Device, int Seed, IReadOnlyList<ModelParameter> Parameters);
