using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs.Handlers;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>Maps request types to their <see cref="IRunJobHandler"/>; one handler per type.</summary>
public sealed class RunJobCatalog
{
    private readonly Dictionary<Type, IRunJobHandler> _handlers = [];

    /// <summary>A catalog of <paramref name="handlers"/>.</summary>
    /// <exception cref="ArgumentException">Two handlers claim the same request type.</exception>
    public RunJobCatalog(IEnumerable<IRunJobHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
            if (!_handlers.TryAdd(handler.RequestType, handler))
                throw new ArgumentException($"Two job handlers are registered for {handler.RequestType.Name}.", nameof(handlers));
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
