using System.Globalization;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// Reads a <see cref="RunsView"/> from the Runs page's URL query. Junk never throws: a value that does not fit is left
/// out, and said so in the returned messages. Keys: <c>kind</c>, <c>state</c>, <c>tag</c>, <c>param</c> (each repeatable),
/// <c>from</c>/<c>to</c> (yyyy-MM-dd), <c>q</c>, <c>sort</c>, <c>dir</c> (asc/desc), <c>page</c> (1-based), <c>size</c>.
/// </summary>
public static class RunsViewQuery
{
    public const string Kind = "kind";
    public const string State = "state";
    public const string Tag = "tag";
    public const string From = "from";
    public const string To = "to";
    public const string Text = "q";
    public const string Parameter = "param";
    public const string Sort = "sort";
    public const string Direction = "dir";
    public const string Page = "page";
    public const string Size = "size";

    /// <summary>How days are written: 2026-11-26.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Most values of one repeatable key read (kinds, states, tags, parameter filters).</summary>
    public const int MaxValues = 20;

    /// <summary>Longest search text kept.</summary>
    public const int MaxTextLength = 200;

    /// <summary>
    /// The view in <paramref name="uri"/>'s query (an absolute or relative address). Kinds must be among
    /// <paramref name="kinds"/> (the catalog's). <paramref name="messages"/> says what was left out and why.
    /// </summary>
    public static RunsView Parse(string? uri, IReadOnlyCollection<string> kinds, out IReadOnlyList<string> messages)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var reader = new Reader(Query(uri));
        var view = new RunsView
        {
            Kinds = reader.Values(Kind, k => kinds.FirstOrDefault(known => string.Equals(known, k, StringComparison.OrdinalIgnoreCase)),
                k => $"'{Short(k)}' is not a kind of run here"),
            States = [.. reader.Values(State, s => TryState(s, out var state) ? state.ToString() : null, s => $"'{Short(s)}' is not a run state")
                .Select(Enum.Parse<RunState>)],
            Tags = reader.Values(Tag, t => RunTags.Normalize([t]) is [var tag] ? tag : null, _ => "An empty tag"),
            Parameters = [.. reader.Values(Parameter, p => ParameterFilter.TryParse(p, out _)?.ToString(), ParameterError)
                .Select(p => ParameterFilter.TryParse(p, out _)!)],
            From = reader.Day(From),
            To = reader.Day(To),
            Text = reader.Text(),
            PageSize = reader.PageSize(),
            Page = reader.Page(),
        };
        if (view.From is { } from && view.To is { } to && to < from)
        {
            reader.Problems.Add($"The date range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}); it was ignored.");
            view = view with { From = null, To = null };
        }
        view = reader.WithSort(view);
        messages = reader.Problems;
        return view;
    }

    private static bool TryState(string text, out RunState state) =>
        Enum.TryParse(text, ignoreCase: true, out state) && Enum.IsDefined(state) && !text.Any(char.IsAsciiDigit);

    private static Dictionary<string, StringValues> Query(string? uri)
    {
        string text = uri ?? "";
        int mark = text.IndexOf('?', StringComparison.Ordinal);
        text = mark >= 0 ? text[(mark + 1)..] : "";
        int hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) text = text[..hash];
        return QueryHelpers.ParseQuery(text);
    }

    private static string ParameterError(string text)
    {
        ParameterFilter.TryParse(text, out string? error);
        return $"The parameter filter '{Short(text)}' does not parse ({error?.TrimEnd('.')})";
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>One parse: the query and the problems found so far.</summary>
    private sealed class Reader(Dictionary<string, StringValues> query)
    {
        public List<string> Problems { get; } = [];

        public List<string> Values(string key, Func<string, string?> read, Func<string, string> why)
        {
            var kept = new List<string>();
            if (!query.TryGetValue(key, out var values)) return kept;
            foreach (var raw in values)
            {
                if (raw is null) continue;
                if (kept.Count == MaxValues)
                {
                    Problems.Add($"At most {MaxValues} values of '{key}' are read; the rest were ignored.");
                    break;
                }
                if (read(raw) is { } value)
                {
                    if (!kept.Contains(value, StringComparer.OrdinalIgnoreCase)) kept.Add(value);
                }
                else Problems.Add($"{why(raw)}; it was ignored.");
            }
            return kept;
        }

        public DateOnly? Day(string key)
        {
            if (First(key) is not { } text) return null;
            if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
            Problems.Add($"'{Short(text)}' is not a day written as yyyy-MM-dd; '{key}' was ignored.");
            return null;
        }

        public string? Text()
        {
            if (First(RunsViewQuery.Text) is not { } text || string.IsNullOrWhiteSpace(text)) return null;
            text = text.Trim();
            if (text.Length <= MaxTextLength) return text;
            Problems.Add($"The search text was cut to {MaxTextLength} characters.");
            return text[..MaxTextLength];
        }

        public int PageSize()
        {
            if (Number(Size) is not { } size) return RunsView.DefaultPageSize;
            if (RunsView.PageSizes.Contains(size)) return size;
            Problems.Add($"{size} rows per page are not offered; {RunsView.DefaultPageSize} are shown.");
            return RunsView.DefaultPageSize;
        }

        public int Page()
        {
            if (Number(RunsViewQuery.Page) is not { } page) return 0;
            if (page >= 1) return Math.Min(page, 1_000_000) - 1;
            Problems.Add("Pages are numbered from 1; the first is shown.");
            return 0;
        }

        public RunsView WithSort(RunsView view)
        {
            if (First(Sort) is { } sort)
            {
                if (Enum.TryParse<RunSortField>(sort, ignoreCase: true, out var field) && Enum.IsDefined(field) && !sort.Any(char.IsAsciiDigit))
                    view = view with { Sort = field };
                else Problems.Add($"Runs cannot be sorted by '{Short(sort)}'; they are sorted by submission time.");
            }
            string? direction = First(Direction);
            if (direction is null || direction.Equals("desc", StringComparison.OrdinalIgnoreCase)) return view;
            if (direction.Equals("asc", StringComparison.OrdinalIgnoreCase)) return view with { Descending = false };
            Problems.Add($"'{Short(direction)}' is not a sort direction (asc or desc); it was ignored.");
            return view;
        }

        private int? Number(string key)
        {
            if (First(key) is not { } text) return null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)) return value;
            Problems.Add($"'{Short(text)}' is not a whole number; '{key}' was ignored.");
            return null;
        }

        private string? First(string key) => query.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;
    }
}
