namespace HessianDashboard.Web.Components.Report;

/// <summary>How a report arranges its charts; the link says <c>layout=per-run</c> for <see cref="PerRun"/>.</summary>
public enum ReportLayout
{
    /// <summary>One section per chart, every run overlaid in it.</summary>
    Overlaid,

    /// <summary>One section per run, with its own charts.</summary>
    PerRun,
}
