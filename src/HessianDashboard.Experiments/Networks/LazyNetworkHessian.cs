using HessianDashboard.Experiments.Common;
using HessianDashboard.Torch.Probing;

namespace HessianDashboard.Experiments.Networks;

/// <summary>
/// The network Hessian of one spectrum request, built only when something needs its products (Lanczos, the exact
/// Hessian, the finite-difference check, the gradient). Its <see cref="Identity"/> — the fingerprint under which the
/// artifact store keeps results — is available without building the gradient graph, so a run whose Lanczos steps and
/// exact spectrum are both stored never builds it. Reports the stage "graph" when it builds.
/// </summary>
internal sealed class LazyNetworkHessian(Func<NetworkHessian> build, Func<HessianIdentity> identify, IProgress<ExperimentProgress>? progress) : IDisposable
{
    private NetworkHessian? _hessian;
    private HessianIdentity? _identity;

    /// <summary>Fingerprint, n and parameter names: from the built Hessian when there is one, else by hashing the batch and parameters only.</summary>
    public HessianIdentity Identity => _identity ??= _hessian is { } built
        ? new HessianIdentity(built.Fingerprint(), built.Dimension, built.ParameterNames)
        : identify();

    /// <summary>The operator (gradient graph built on first use).</summary>
    public NetworkHessian Value
    {
        get
        {
            if (_hessian is null)
            {
                progress?.Report(new ExperimentProgress("graph", 0, 1));
                _hessian = build();
            }
            return _hessian;
        }
    }

    public void Dispose() => _hessian?.Dispose();
}
