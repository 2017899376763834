using System.Linq.Expressions;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Entities;

namespace HessianDashboard.Storage.Querying;

/// <summary>
/// A <see cref="ParameterFilter"/> as SQL: the run has a flattened parameter whose path equals the name or ends in
/// <c>.name</c> (both lower-cased) and whose value satisfies the comparison. A number value compares numerically with
/// numeric parameters (and as text with text ones, for <c>=</c>/<c>!=</c>); any other value compares as lower-cased text.
/// <c>!=</c> means "has the parameter with another value" (a run without the parameter does not match), and with an
/// array (several values under one path) any element may satisfy the comparison.
/// </summary>
internal static class ParameterMatch
{
    public static IQueryable<StoredRunEntity> Apply(IQueryable<StoredRunEntity> runs, ParameterFilter filter)
    {
        string name = filter.Name.Trim().ToLowerInvariant();
        string suffix = "." + name;
        string text = filter.Value.Trim().ToLowerInvariant();
        var value = Value(filter.Operator, filter.Number, text);
        Expression<Func<RunParameterEntity, bool>> path = p => p.Path == name || p.Path.EndsWith(suffix);
        var parameter = path.Parameters[0];
        var matches = Expression.Lambda<Func<RunParameterEntity, bool>>(
            Expression.AndAlso(path.Body, new ParameterReplacer(value.Parameters[0], parameter).Visit(value.Body)), parameter);
        return runs.Where(r => r.Parameters.AsQueryable().Any(matches));
    }

    private static Expression<Func<RunParameterEntity, bool>> Value(ParameterOperator op, double? number, string text) => (op, number) switch
    {
        (ParameterOperator.Equal, { } x) => p => p.Number == x || p.Text == text,
        (ParameterOperator.NotEqual, { } x) => p => (p.Number != null && p.Number != x) || (p.Number == null && p.Text != text),
        (ParameterOperator.Equal, null) => p => p.Text == text,
        (ParameterOperator.NotEqual, null) => p => p.Text == null || p.Text != text,
        (ParameterOperator.Less, { } x) => p => p.Number != null && p.Number < x,
        (ParameterOperator.LessOrEqual, { } x) => p => p.Number != null && p.Number <= x,
        (ParameterOperator.Greater, { } x) => p => p.Number != null && p.Number > x,
        (ParameterOperator.GreaterOrEqual, { } x) => p => p.Number != null && p.Number >= x,
        _ => p => false, // an ordering against text: ParameterFilter.Validate refuses it
    };

    /// <summary>Puts one lambda's parameter in place of another's, so two predicates share one row variable.</summary>
    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
