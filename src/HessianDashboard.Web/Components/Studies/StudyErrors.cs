namespace HessianDashboard.Web.Components.Studies;

/// <summary>A study form's messages (a request's Validate() plus list parsing), each under the input whose name it starts with.</summary>
public sealed class StudyErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    /// <param name="messages">The messages.</param>
    /// <param name="rules">(field, message starts), first match wins; unmatched messages go to the field "".</param>
    public StudyErrors(IEnumerable<string> messages, IReadOnlyList<(string Field, string[] Starts)> rules)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(rules);
        foreach (string message in messages)
        {
            string field = rules.FirstOrDefault(r => r.Starts.Any(s => message.StartsWith(s, StringComparison.Ordinal))).Field ?? "";
            if (!_byField.TryGetValue(field, out var list)) _byField[field] = list = [];
            list.Add(message);
        }
    }

    public bool IsEmpty => _byField.Count == 0;

    public IEnumerable<string> All => _byField.Values.SelectMany(m => m);

    public string? Text(string field) => _byField.TryGetValue(field, out var list) ? string.Join(" ", list) : null;
}
