using System.Text.Json;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using Microsoft.AspNetCore.SignalR;

namespace HessianDashboard.Web.Hubs;

/// <summary>
/// Turns a hub client's <see cref="RunSubmission"/> into a typed request, or a <see cref="HubException"/>
/// whose message says what is wrong. It only parses and applies the hub's policy; the request's own
/// validation happens in <see cref="IRunRunner.Submit"/>, exactly as for the pages.
/// </summary>
internal static class RunSubmissionReader
{
    /// <summary>The kind's request, deserialised with <see cref="ExperimentJson.Options"/>.</summary>
    /// <exception cref="HubException">No submission, an unknown kind, a request that is not an object of the kind's
    /// request type, or one the hub does not accept (a server file path).</exception>
    public static IExperimentRequest Read(RunSubmission? submission, RunJobCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (submission is null) throw new HubException("Submit needs a submission: { kind, request }.");
        var handler = catalog.FindKind(submission.Kind)
            ?? throw new HubException($"Unknown run kind '{submission.Kind}'; use one of: {string.Join(", ", catalog.Kinds)}.");
        string typeName = handler.RequestType.Name;
        if (submission.Request.ValueKind != JsonValueKind.Object)
            throw new HubException($"The request of a '{handler.Kind}' run must be a JSON object with the fields of {typeName}, " +
                $"got {Describe(submission.Request.ValueKind)}.");
        IExperimentRequest request;
        try
        {
            request = submission.Request.Deserialize(handler.RequestType, ExperimentJson.Options) as IExperimentRequest
                ?? throw new HubException($"The request of a '{handler.Kind}' run is empty.");
        }
        catch (JsonException ex)
        {
            throw new HubException($"The request does not fit {typeName}: {ex.Message}");
        }
        catch (NotSupportedException ex)
        {
            throw new HubException($"The request does not fit {typeName}: {ex.Message}");
        }
        EnsureAllowed(request);
        return request;
    }

    /// <summary>
    /// Hub clients are remote: a request naming a file would make the server read any path it can. Matrix
    /// Market files come through the dashboard's upload instead; the hub takes synthetic sources only.
    /// </summary>
    private static void EnsureAllowed(IExperimentRequest request)
    {
        switch (ServerFileReferences.Find(request))
        {
            case null:
                return;
            case ServerFileReferences.MatrixMarketPath:
                throw new HubException("The hub does not read server files: matrixMarketPath is not accepted from hub clients. " +
                    "Use a synthetic source, or upload the .mtx file in the dashboard.");
            case var name:
                throw new HubException($"The hub does not read or write server files: {name} is not accepted from hub clients. " +
                    "Upload checkpoints in the dashboard (/checkpoints); the server keeps its own files.");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Undefined => "nothing",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a boolean",
    };
}
