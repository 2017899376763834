namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>How user tags are cleaned wherever they enter (submit, annotate, import): the same rule for the runner and the store.</summary>
public static class RunTags
{
    /// <summary>Longest tag kept; longer ones are cut.</summary>
    public const int MaxLength = 100;

    /// <summary>Most tags one run keeps; later ones are dropped.</summary>
    public const int MaxCount = 32;

    /// <summary>
    /// Trims each tag, cuts it to <see cref="MaxLength"/>, drops blanks and case-insensitive duplicates (the first
    /// spelling stays) and keeps at most <see cref="MaxCount"/>, in the given order.
    /// </summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string?>? tags)
    {
        if (tags is null) return [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var raw in tags)
        {
            var tag = raw?.Trim();
            if (string.IsNullOrEmpty(tag)) continue;
            if (tag.Length > MaxLength) tag = tag[..MaxLength].TrimEnd();
            if (seen.Add(Key(tag))) kept.Add(tag);
            if (kept.Count == MaxCount) break;
        }
        return kept;
    }

    /// <summary>The form filters compare: lower-case (invariant).</summary>
    public static string Key(string tag) => (tag ?? throw new ArgumentNullException(nameof(tag))).Trim().ToLowerInvariant();
}
