using System.Text.Json;

namespace HessianDashboard.Web.Hubs;

/// <summary>
/// What a hub client submits: the job <paramref name="Kind"/> (<c>lanczos</c>, <c>spectrum-comparison</c>,
/// <c>runtime-study</c>, <c>convergence-study</c>) and the request as JSON in the shape of
/// <see cref="Experiments.Common.ExperimentJson"/> (camelCase, enums as kebab-case strings), e.g.
/// <c>{ "kind": "lanczos", "request": { "source": { "synthetic": { "kind": "custom", "n": 60, "seed": 1 } }, "iterations": 60 } }</c>.
/// </summary>
/// <param name="Kind">The job handler's kind.</param>
/// <param name="Request">The request object; deserialised to the kind's request type on the server.</param>
public sealed record RunSubmission(string Kind, JsonElement Request);
