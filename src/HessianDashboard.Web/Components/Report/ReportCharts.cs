namespace HessianDashboard.Web.Components.Report;

/// <summary>What a report shows of its runs; the link names them as a list (<c>charts=spectra,metrics</c>).</summary>
[Flags]
public enum ReportCharts
{
    None = 0,
    Spectra = 1,
    Ladders = 2,
    Densities = 4,
    Metrics = 8,

    /// <summary>A new report's choice: spectra, densities and the metrics.</summary>
    Default = Spectra | Densities | Metrics,
}
