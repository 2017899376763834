namespace HessianDashboard.Experiments.Common;

/// <summary>A typed, seedable experiment request. Every front end (CLI, pages, hub) validates through it.</summary>
public interface IExperimentRequest
{
    /// <summary>Problems with the request, each a sentence a user can act on; empty when valid.</summary>
    IReadOnlyList<string> Validate();
}

/// <summary>Helpers shared by request validation.</summary>
public static class RequestValidation
{
    /// <summary>Throws <see cref="RequestValidationException"/> when <paramref name="request"/> has problems.</summary>
    public static void EnsureValid(this IExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = request.Validate();
        if (errors.Count > 0) throw new RequestValidationException(errors);
    }
}
