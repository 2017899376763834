using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>Typed base of <see cref="IRunJobHandler"/>: implement <see cref="Describe(TRequest)"/> and <see cref="Execute(TRequest, IRunReporter, CancellationToken)"/>.</summary>
/// <typeparam name="TRequest">The request type handled.</typeparam>
/// <typeparam name="TResult">The result type returned (what the run store reads back and an import must contain).</typeparam>
public abstract class RunJobHandler<TRequest, TResult> : IRunJobHandler where TRequest : class, IExperimentRequest
{
    /// <inheritdoc />
    public Type RequestType => typeof(TRequest);

    /// <inheritdoc />
    public Type ResultType => typeof(TResult);

    /// <inheritdoc />
    public abstract string Kind { get; }

    /// <summary>A one-line human description of <paramref name="request"/>.</summary>
    public abstract string Describe(TRequest request);

    /// <summary>Computes <paramref name="request"/>, publishing through <paramref name="reporter"/>; returns the (possibly partial) result.</summary>
    public abstract TResult? Execute(TRequest request, IRunReporter reporter, CancellationToken cancellationToken);

    string IRunJobHandler.Describe(IExperimentRequest request) => Describe(Cast(request));

    object? IRunJobHandler.Execute(IExperimentRequest request, IRunReporter reporter, CancellationToken cancellationToken) =>
        Execute(Cast(request), reporter, cancellationToken);

    private static TRequest Cast(IExperimentRequest request) =>
        request as TRequest ?? throw new ArgumentException($"Expected a {typeof(TRequest).Name}, got {request?.GetType().Name ?? "null"}.", nameof(request));
}
