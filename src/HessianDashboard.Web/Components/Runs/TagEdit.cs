namespace HessianDashboard.Web.Components.Runs;

/// <summary>A tag to add to (or remove from) runs.</summary>
public sealed record TagEdit(string Tag, bool Add)
{
    /// <summary><paramref name="tags"/> with this edit applied (tags compare ignoring case).</summary>
    public IReadOnlyList<string> Apply(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return Add
            ? tags.Contains(Tag, StringComparer.OrdinalIgnoreCase) ? tags : [.. tags, Tag]
            : [.. tags.Where(t => !string.Equals(t, Tag, StringComparison.OrdinalIgnoreCase))];
    }
}
