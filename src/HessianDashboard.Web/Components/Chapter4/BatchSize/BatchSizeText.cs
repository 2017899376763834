using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>How the batch-size pages write numbers and runs (invariant culture: the page, the CSV and the tests agree).</summary>
internal static class BatchSizeText
{
    /// <summary>A run's name as its step events call it: "full #1", "batch 10 #2".</summary>
    public static string Name(BatchRun run) => run.IsFull ? $"full #{run.Repeat + 1}" : $"batch {run.BatchSize} #{run.Repeat + 1}";

    /// <summary>Four significant digits; <see cref="RunText.None"/> for null.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("G4", CultureInfo.InvariantCulture) : RunText.None;

    /// <summary>Seconds with three significant digits: "0.0123 s", "4.56 s".</summary>
    public static string Seconds(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds:G3} s");

    /// <summary>A fit's slope or R² as shown (three decimals).</summary>
    public static string Fixed3(double value) => double.IsFinite(value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : RunText.None;
}
