namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// The runs ticked on the Runs page, kept by id across pages, filters and refreshes, in the order they were ticked (the
/// order Compare and Report show them in).
/// </summary>
public sealed class RunSelection
{
    private readonly List<string> _ids = [];
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);

    /// <summary>The selected ids in the order they were selected.</summary>
    public IReadOnlyList<string> Ids => _ids;

    public int Count => _ids.Count;

    public bool Contains(string id) => _set.Contains(id);

    /// <summary>Selects or deselects one run.</summary>
    public void Set(string id, bool selected)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (selected && _set.Add(id)) _ids.Add(id);
        else if (!selected && _set.Remove(id)) _ids.Remove(id);
    }

    /// <summary>Selects or deselects every run of <paramref name="ids"/> (a page).</summary>
    public void SetAll(IEnumerable<string> ids, bool selected)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids) Set(id, selected);
    }

    /// <summary>Whether every one of <paramref name="ids"/> is selected (false for none): true, none: false, some: null.</summary>
    public bool? CoversAll(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 || !ids.Any(Contains) ? false : ids.All(Contains) ? true : null;

    public void Clear()
    {
        _ids.Clear();
        _set.Clear();
    }
}
