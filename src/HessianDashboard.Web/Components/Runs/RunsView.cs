using System.Globalization;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// What the Runs page shows: filters, sort and page. It lives in the page's URL query (so a filtered list is a link) and
/// is read back from it with <see cref="RunsViewQuery.Parse"/>; <see cref="ToRelativeUri"/> writes it, leaving out defaults.
/// </summary>
public sealed record RunsView
{
    /// <summary>The page sizes offered.</summary>
    public static readonly IReadOnlyList<int> PageSizes = [10, 25, 50, 100];

    /// <summary>The page size when the URL names none.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>The default view: every run, newest first, first page of 25.</summary>
    public static RunsView Default { get; } = new();

    /// <summary>Only these kinds; empty: all.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Only these states; empty: all.</summary>
    public IReadOnlyList<RunState> States { get; init; } = [];

    /// <summary>Only runs carrying every one of these tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>First day of submission (local calendar day), inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of submission (local calendar day), inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Text the title, id or notes contain.</summary>
    public string? Text { get; init; }

    /// <summary>Conditions on request parameters (<c>n&gt;=1000</c>).</summary>
    public IReadOnlyList<ParameterFilter> Parameters { get; init; } = [];

    public RunSortField Sort { get; init; } = RunSortField.Submitted;

    public bool Descending { get; init; } = true;

    /// <summary>Zero-based page (the URL shows it one-based).</summary>
    public int Page { get; init; }

    /// <summary>Rows per page, one of <see cref="PageSizes"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Whether any filter is set (sort and page aside).</summary>
    public bool IsFiltered => Kinds.Count > 0 || States.Count > 0 || Tags.Count > 0 || From is not null || To is not null ||
        !string.IsNullOrEmpty(Text) || Parameters.Count > 0;

    /// <summary>
    /// The store query of this view, the days taken in <paramref name="zone"/> (From at its midnight, To up to the next
    /// midnight), for the runs of <paramref name="owner"/> only when not null.
    /// </summary>
    public RunQuery ToQuery(TimeZoneInfo zone, string? owner = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new RunQuery
        {
            Page = Page, PageSize = PageSize, SortBy = Sort, Descending = Descending, Kinds = Kinds, States = States, Tags = Tags,
            Owner = owner, SubmittedFrom = From is { } from ? Midnight(from, zone) : null,
            SubmittedTo = To is { } to ? Midnight(to.AddDays(1), zone) : null,
            Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(), Parameters = Parameters,
        };
    }

    /// <summary>The Runs page's address for this view, e.g. <c>runs?state=running&amp;sort=duration</c>; defaults are left out.</summary>
    public string ToRelativeUri()
    {
        var pairs = new List<(string, string)>();
        pairs.AddRange(Kinds.Select(k => (RunsViewQuery.Kind, k)));
        pairs.AddRange(States.Select(s => (RunsViewQuery.State, s.ToString().ToLowerInvariant())));
        pairs.AddRange(Tags.Select(t => (RunsViewQuery.Tag, t)));
        if (From is { } from) pairs.Add((RunsViewQuery.From, from.ToString(RunsViewQuery.DateFormat, CultureInfo.InvariantCulture)));
        if (To is { } to) pairs.Add((RunsViewQuery.To, to.ToString(RunsViewQuery.DateFormat, CultureInfo.InvariantCulture)));
        if (!string.IsNullOrWhiteSpace(Text)) pairs.Add((RunsViewQuery.Text, Text.Trim()));
        pairs.AddRange(Parameters.Select(p => (RunsViewQuery.Parameter, p.ToString())));
        if (Sort != RunSortField.Submitted) pairs.Add((RunsViewQuery.Sort, Sort.ToString().ToLowerInvariant()));
        if (!Descending) pairs.Add((RunsViewQuery.Direction, "asc"));
        if (Page > 0) pairs.Add((RunsViewQuery.Page, (Page + 1).ToString(CultureInfo.InvariantCulture)));
        if (PageSize != DefaultPageSize) pairs.Add((RunsViewQuery.Size, PageSize.ToString(CultureInfo.InvariantCulture)));
        return pairs.Count == 0
            ? RunRoutes.History
            : RunRoutes.History + "?" + string.Join('&', pairs.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}"));
    }

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A midnight skipped by a clock change (it does not exist there) is taken an hour later.
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
