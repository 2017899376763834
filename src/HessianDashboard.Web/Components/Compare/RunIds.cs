namespace HessianDashboard.Web.Components.Compare;

/// <summary>Run ids as links name them: a comma-separated list, checked, de-duplicated and capped.</summary>
public static class RunIds
{
    /// <summary>The most runs one view overlays (a chart of more is unreadable; so is its legend).</summary>
    public const int Max = 12;

    /// <summary>The longest id accepted (the in-process runner's ids have 12 characters; stored runs may have longer ones).</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Whether <paramref name="id"/> can be a run id: 1–64 of the characters a URL leaves unescaped (ASCII letters,
    /// digits, '-', '_', '.', '~'), as <see cref="Experiments.Jobs.RunInfo.Id"/> promises ("url-safe").
    /// </summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~');

    /// <summary>
    /// The ids in <paramref name="list"/> ("a,b,c"; blanks skipped) in order, each once, at most <see cref="Max"/>;
    /// ids that cannot be ids are dropped. What was dropped or cut is said in <paramref name="messages"/>.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? list, ICollection<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var ids = new List<string>();
        int malformed = 0;
        foreach (string part in (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsWellFormed(part)) malformed++;
            else if (!ids.Contains(part, StringComparer.Ordinal)) ids.Add(part);
        }
        if (malformed > 0)
            messages.Add(malformed == 1 ? "One entry of the run list is not a run id and was ignored." : $"{malformed} entries of the run list are not run ids and were ignored.");
        if (ids.Count <= Max) return ids;
        messages.Add($"The link names {ids.Count} runs; the first {Max} are shown (at most {Max} can be compared at once).");
        return ids[..Max];
    }
}
