using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Entities;
using HessianDashboard.Storage.Mapping;

namespace HessianDashboard.Storage.Querying;

/// <summary>Turns a <see cref="RunQuery"/>'s filters into WHERE clauses (all in the database; combined with AND).</summary>
internal static class RunQueryFilters
{
    public static IQueryable<StoredRunEntity> Apply(IQueryable<StoredRunEntity> runs, RunQuery query)
    {
        if (query.Kinds.Count > 0)
        {
            var kinds = query.Kinds.Select(k => k.Trim().ToLowerInvariant()).ToArray();
            runs = runs.Where(r => kinds.Contains(r.Kind));
        }
        if (query.States.Count > 0)
        {
            var states = query.States.Select(StoredStates.ToText).ToArray();
            runs = runs.Where(r => states.Contains(r.State));
        }
        foreach (var key in RunTags.Normalize(query.Tags).Select(RunTags.Key))
            runs = runs.Where(r => r.Tags.Any(t => t.Key == key));
        if (query.Owner is { } owner) runs = runs.Where(r => r.Owner == owner);
        if (query.SubmittedFrom is { } from)
        {
            long fromTicks = StoredTicks.From(from);
            runs = runs.Where(r => r.SubmittedTicks >= fromTicks);
        }
        if (query.SubmittedTo is { } to)
        {
            long toTicks = StoredTicks.From(to);
            runs = runs.Where(r => r.SubmittedTicks < toTicks);
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            string text = query.Text.Trim().ToLowerInvariant();
            runs = runs.Where(r => r.SearchText.Contains(text));
        }
        foreach (var filter in query.Parameters) runs = ParameterMatch.Apply(runs, filter);
        return runs;
    }
}
