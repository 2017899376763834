using System.Linq.Expressions;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Entities;

namespace HessianDashboard.Storage.Querying;

/// <summary>
/// A <see cref="RunQuery"/>'s ORDER BY: the chosen field, then submission time and ordinal and id in the same direction,
/// so pages are stable. Runs without a duration (not finished, or never started) come last either way, in every provider
/// (SQLite and PostgreSQL order NULLs differently).
/// </summary>
internal static class RunQuerySort
{
    public static IOrderedQueryable<StoredRunEntity> Apply(IQueryable<StoredRunEntity> runs, RunQuery query)
    {
        bool descending = query.Descending;
        IOrderedQueryable<StoredRunEntity> ordered = query.SortBy switch
        {
            RunSortField.Kind => By(runs, r => r.Kind, descending),
            RunSortField.State => By(runs, r => r.State, descending),
            RunSortField.Title => By(runs, r => r.Title, descending),
            RunSortField.Duration => Then(runs.OrderBy(r => r.DurationTicks == null), r => r.DurationTicks, descending),
            _ => By(runs, r => r.SubmittedTicks, descending),
        };
        if (query.SortBy != RunSortField.Submitted) ordered = Then(ordered, r => r.SubmittedTicks, descending);
        return Then(Then(ordered, r => r.Ordinal, descending), r => r.Id, descending);
    }

    private static IOrderedQueryable<StoredRunEntity> By<TKey>(IQueryable<StoredRunEntity> runs, Expression<Func<StoredRunEntity, TKey>> key, bool descending) =>
        descending ? runs.OrderByDescending(key) : runs.OrderBy(key);

    private static IOrderedQueryable<StoredRunEntity> Then<TKey>(IOrderedQueryable<StoredRunEntity> runs, Expression<Func<StoredRunEntity, TKey>> key, bool descending) =>
        descending ? runs.ThenByDescending(key) : runs.ThenBy(key);
}
