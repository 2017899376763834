using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs.Handlers;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// Maps request types to their <see cref="IRunJobHandler"/> (one handler per type), and job kinds
/// (<see cref="IRunJobHandler.Kind"/>, one per handler) to handlers for clients that name a kind, such as the hub.
/// </summary>
public sealed class RunJobCatalog
{
    private readonly Dictionary<Type, IRunJobHandler> _handlers = [];
    private readonly Dictionary<string, IRunJobHandler> _kinds = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _kindOrder = [];

    /// <summary>A catalog of <paramref name="handlers"/>.</summary>
    /// <exception cref="ArgumentException">Two handlers claim the same request type or the same kind.</exception>
    public RunJobCatalog(IEnumerable<IRunJobHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
        {
            if (!_handlers.TryAdd(handler.RequestType, handler))
                throw new ArgumentException($"Two job handlers are registered for {handler.RequestType.Name}.", nameof(handlers));
            if (!_kinds.TryAdd(handler.Kind, handler))
                throw new ArgumentException($"Two job handlers are registered for the kind '{handler.Kind}'.", nameof(handlers));
            _kindOrder.Add(handler.Kind);
        }
    }

    /// <summary>The handlers of the built-in experiments: Lanczos runs, spectrum comparisons, runtime and convergence studies.</summary>
    public static IReadOnlyList<IRunJobHandler> BuiltInHandlers() =>
    [
        new LanczosRunJobHandler(),
        new SpectrumComparisonJobHandler(),
        new RuntimeStudyJobHandler(),
        new ConvergenceStudyJobHandler(),
    ];

    /// <summary>A catalog of the built-in handlers only.</summary>
    public static RunJobCatalog CreateDefault() => new(BuiltInHandlers());

    /// <summary>The request types that can be submitted.</summary>
    public IReadOnlyCollection<Type> RequestTypes => _handlers.Keys;

    /// <summary>The kinds that can be submitted, e.g. <c>lanczos</c>, in registration order.</summary>
    public IReadOnlyList<string> Kinds => _kindOrder;

    /// <summary>The handler whose <see cref="IRunJobHandler.Kind"/> is <paramref name="kind"/> (ignoring case), or null when none is.</summary>
    public IRunJobHandler? FindKind(string? kind) =>
        kind is not null && _kinds.TryGetValue(kind, out var handler) ? handler : null;

    /// <summary>The handler of <paramref name="request"/>'s type.</summary>
    /// <exception cref="NotSupportedException">No handler is registered for it.</exception>
    public IRunJobHandler Find(IExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _handlers.TryGetValue(request.GetType(), out var handler)
            ? handler
            : throw new NotSupportedException($"No job handler is registered for {request.GetType().Name}; register one with AddRunJobHandler.");
    }
}
