using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Web.Components.Shared;

/// <summary>A form's model for one request type: its messages, the request it builds, and refilling it from a run's request.</summary>
/// <typeparam name="TRequest">The request the form submits.</typeparam>
public interface IExperimentForm<TRequest> where TRequest : class, IExperimentRequest
{
    /// <summary>The validation messages of the current values (empty when the request can be submitted).</summary>
    IReadOnlyList<string> Check();

    /// <summary>The request of the current values.</summary>
    TRequest ToRequest();

    /// <summary>Sets the values from <paramref name="request"/> (a run's page shows its settings).</summary>
    void Load(TRequest request);
}
