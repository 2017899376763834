namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>
/// A page of the run history: filters (all optional, combined with AND), a sort and a page. Server-side: the store
/// turns it into one database query.
/// </summary>
public sealed record RunQuery
{
    /// <summary>Largest page the store returns.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Zero-based page index.</summary>
    public int Page { get; init; }

    /// <summary>Runs per page, in [1, <see cref="MaxPageSize"/>].</summary>
    public int PageSize { get; init; } = 25;

    public RunSortField SortBy { get; init; } = RunSortField.Submitted;

    public bool Descending { get; init; } = true;

    /// <summary>Only these kinds (e.g. <c>lanczos</c>); empty: all.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Only these states; empty: all.</summary>
    public IReadOnlyList<RunState> States { get; init; } = [];

    /// <summary>Only runs carrying every one of these tags (case-insensitive); empty: all.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Only runs submitted by this user; null: everyone's.</summary>
    public string? Owner { get; init; }

    /// <summary>Only runs submitted at or after this instant.</summary>
    public DateTimeOffset? SubmittedFrom { get; init; }

    /// <summary>Only runs submitted before this instant.</summary>
    public DateTimeOffset? SubmittedTo { get; init; }

    /// <summary>Only runs whose title, id or notes contain this text (case-insensitive).</summary>
    public string? Text { get; init; }

    /// <summary>Only runs whose request has parameters satisfying every one of these (see <see cref="ParameterFilter"/>).</summary>
    public IReadOnlyList<ParameterFilter> Parameters { get; init; } = [];

    /// <summary>Problems with the query, each a sentence; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Page < 0) errors.Add($"Page must not be negative, got {Page}.");
        if (PageSize is < 1 or > MaxPageSize) errors.Add($"Page size must lie in [1, {MaxPageSize}], got {PageSize}.");
        if (SubmittedFrom is { } from && SubmittedTo is { } to && to < from) errors.Add("The date range ends before it starts.");
        foreach (var p in Parameters) errors.AddRange(p.Validate());
        return errors;
    }
}

/// <summary>What the run history can be sorted by.</summary>
public enum RunSortField
{
    Submitted,
    Kind,
    State,
    Title,
    Duration,
}

/// <summary>
/// A condition on one request parameter. The request is flattened to dotted camelCase paths
/// (<c>source.synthetic.n</c>, <c>variant</c>, <c>iterations</c>); <see cref="Name"/> matches a path equal to it or
/// ending in <c>.Name</c> (case-insensitive), so <c>n</c> finds <c>source.synthetic.n</c>. Numbers compare
/// numerically; text compares with <see cref="ParameterOperator.Equal"/> / <see cref="ParameterOperator.NotEqual"/> only
/// (case-insensitive).
/// </summary>
public sealed record ParameterFilter(string Name, ParameterOperator Operator, string Value)
{
    /// <summary>Parses <c>name=value</c>, <c>name!=value</c>, <c>name&gt;=value</c>, <c>name&lt;=value</c>, <c>name&gt;value</c> or <c>name&lt;value</c>.</summary>
    /// <returns>The filter, or null with <paramref name="error"/> saying what is wrong.</returns>
    public static ParameterFilter? TryParse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text)) { error = "Write a parameter filter as name=value (or !=, <, <=, >, >=)."; return null; }
        (string Token, ParameterOperator Op)[] ops =
        [
            ("!=", ParameterOperator.NotEqual), (">=", ParameterOperator.GreaterOrEqual), ("<=", ParameterOperator.LessOrEqual),
            ("=", ParameterOperator.Equal), (">", ParameterOperator.Greater), ("<", ParameterOperator.Less),
        ];
        foreach (var (token, op) in ops)
        {
            int at = text.IndexOf(token, StringComparison.Ordinal);
            if (at < 0) continue;
            var filter = new ParameterFilter(text[..at].Trim(), op, text[(at + token.Length)..].Trim());
            var errors = filter.Validate();
            if (errors.Count > 0) { error = string.Join(" ", errors); return null; }
            return filter;
        }
        error = $"'{text}' has no comparison; write name=value (or !=, <, <=, >, >=).";
        return null;
    }

    /// <summary>The value as a number, when it is one.</summary>
    public double? Number => double.TryParse(Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x : null;

    /// <summary>Problems with the filter; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100 || !Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            errors.Add($"A parameter name is letters, digits and dots (at most 100), got '{Name}'.");
        if (Value is null || Value.Length > 200) errors.Add("A parameter value has at most 200 characters.");
        if (Operator is not (ParameterOperator.Equal or ParameterOperator.NotEqual) && Number is null)
            errors.Add($"'{Value}' is not a number; <, <=, > and >= compare numbers only.");
        return errors;
    }

    public override string ToString() => Name + Operator switch
    {
        ParameterOperator.Equal => "=",
        ParameterOperator.NotEqual => "!=",
        ParameterOperator.Less => "<",
        ParameterOperator.LessOrEqual => "<=",
        ParameterOperator.Greater => ">",
        _ => ">=",
    } + Value;
}

/// <summary>How a <see cref="ParameterFilter"/> compares.</summary>
public enum ParameterOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>One page of the run history.</summary>
/// <param name="Items">The runs on this page (headers and requests; <see cref="RunInfo.Result"/> is null).</param>
/// <param name="Total">How many runs match the filters in all.</param>
/// <param name="Page">The page index returned.</param>
/// <param name="PageSize">The page size used.</param>
public sealed record RunPage(IReadOnlyList<RunInfo> Items, int Total, int Page, int PageSize);
