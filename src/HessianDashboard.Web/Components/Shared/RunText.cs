using System.Globalization;
using HessianDashboard.Experiments.Jobs;
using MudBlazor;

namespace HessianDashboard.Web.Components.Shared;

/// <summary>How pages show runs: durations, percentages, state colours and names; one wording everywhere.</summary>
public static class RunText
{
    /// <summary>What an absent value shows as.</summary>
    public const string None = "—";

    /// <summary>A duration short enough for a table cell: <c>0.8 s</c>, <c>42 s</c>, <c>4 min 05 s</c>, <c>2 h 03 min</c>; <see cref="None"/> for null.</summary>
    public static string Duration(TimeSpan? value) => value switch
    {
        null => None,
        { TotalSeconds: < 10 } t => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, t.TotalSeconds):0.0} s"),
        { TotalMinutes: < 1 } t => string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalSeconds} s"),
        { TotalHours: < 1 } t => string.Create(CultureInfo.InvariantCulture, $"{t.Minutes} min {t.Seconds:00} s"),
        { } t => string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours} h {t.Minutes:00} min"),
    };

    /// <summary>A fraction in [0, 1] as a whole percentage rounded down, so <c>100 %</c> means done: <c>42 %</c>.</summary>
    public static string Percent(double fraction) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(Math.Clamp(double.IsFinite(fraction) ? fraction : 0, 0, 1) * 100):0} %");

    /// <summary>The colour of a state's chip and progress bar.</summary>
    public static Color StateColor(RunState state) => state switch
    {
        RunState.Running => Color.Info,
        RunState.Succeeded => Color.Success,
        RunState.Failed => Color.Error,
        RunState.Cancelled => Color.Warning,
        RunState.Interrupted => Color.Secondary,
        _ => Color.Default,
    };

    /// <summary>The state's name in lower case, as in the hub's JSON (<c>succeeded</c>); used for <c>data-state</c>.</summary>
    public static string StateName(RunState state) => state.ToString().ToLowerInvariant();

    /// <summary>Whether a run in <paramref name="state"/> can still be cancelled (queued or running).</summary>
    public static bool CanCancel(RunState state) => state is RunState.Queued or RunState.Running;
}
