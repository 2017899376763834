using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Storage.Serialization;

/// <summary>
/// Stands in for a stored request that cannot be read back (its kind is no longer registered, or its JSON no longer
/// fits the request type), so the run still shows. It never validates, so it cannot be re-run by mistake.
/// </summary>
/// <param name="Kind">The stored job kind.</param>
/// <param name="Json">The stored request JSON, as it is.</param>
/// <param name="Reason">Why it could not be read.</param>
public sealed record UnreadableRequest(string Kind, string Json, string Reason) : IExperimentRequest
{
    /// <inheritdoc />
    public IReadOnlyList<string> Validate() => [$"The stored request of this '{Kind}' run cannot be read: {Reason}"];
}
