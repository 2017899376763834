using System.Text.Json;
using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Storage.Mapping;

/// <summary>A <see cref="RunState"/> as stored: its kebab-case name (<c>running</c>, <c>interrupted</c>).</summary>
internal static class StoredStates
{
    public static readonly string Queued = ToText(RunState.Queued);
    public static readonly string Running = ToText(RunState.Running);

    /// <summary>The stored names of the terminal states.</summary>
    public static readonly string[] Terminal = [.. Enum.GetValues<RunState>().Where(s => s.IsTerminal()).Select(ToText)];

    public static string ToText(RunState state) => JsonNamingPolicy.KebabCaseLower.ConvertName(state.ToString());

    /// <summary>The state, or null for a name no <see cref="RunState"/> has.</summary>
    public static RunState? Parse(string text) =>
        Enum.TryParse<RunState>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var state) && Enum.IsDefined(state) ? state : null;
}
