namespace HessianDashboard.Web.Components.Networks;

/// <summary>A form's validation messages, each shown under the input whose name it starts with (the rest above the Run button).</summary>
public sealed class FormErrors(IReadOnlyList<string> messages)
{
    public static FormErrors None { get; } = new([]);

    public IReadOnlyList<string> All { get; } = messages;

    public bool IsEmpty => All.Count == 0;

    /// <summary>The messages starting with any of <paramref name="starts"/>, joined; null when there are none.</summary>
    public string? For(params string[] starts)
    {
        var hits = All.Where(m => starts.Any(s => m.StartsWith(s, StringComparison.OrdinalIgnoreCase))).ToList();
        return hits.Count == 0 ? null : string.Join(" ", hits);
    }
}
