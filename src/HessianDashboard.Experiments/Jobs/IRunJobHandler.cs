using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// Knows how to run one request type. Register one per request type (see
/// <see cref="RunnerServiceCollectionExtensions.AddRunJobHandler{THandler}"/>); the runner finds it
/// through <see cref="RunJobCatalog"/>, so new experiments never edit the runner. Derive from
/// <see cref="RunJobHandler{TRequest, TResult}"/> rather than implementing this directly.
/// </summary>
public interface IRunJobHandler
{
    /// <summary>The request type handled.</summary>
    Type RequestType { get; }

    /// <summary>The type of the result <see cref="Execute"/> returns (the run store deserialises stored results to it).</summary>
    Type ResultType { get; }

    /// <summary>A short kebab-case name of the job kind, e.g. <c>lanczos</c>.</summary>
    string Kind { get; }

    /// <summary>A one-line human description of <paramref name="request"/> for run lists.</summary>
    string Describe(IExperimentRequest request);

    /// <summary>
    /// Computes <paramref name="request"/> on the calling (dedicated) thread, publishing through <paramref name="reporter"/>.
    /// On cancellation, return the partial result if there is one (or throw <see cref="OperationCanceledException"/>).
    /// </summary>
    object? Execute(IExperimentRequest request, IRunReporter reporter, CancellationToken cancellationToken);
}
