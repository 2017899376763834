using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>Draws each block's φσ from the result (no re-smoothing: these are the densities the distances compare).</summary>
public sealed partial class BlockDensityGrid
{
    private BlockSpectraResult? _shown;
    private bool _log;
    private ApexChartOptions[] _options = [];
    private IReadOnlyList<ChartSeries>[] _series = [];

    [Parameter, EditorRequired]
    public BlockSpectraResult Result { get; set; } = default!;

    /// <summary>The largest density value of all blocks (the shared y scale's top).</summary>
    internal double Top { get; private set; }

    private string Caption => string.Create(CultureInfo.InvariantCulture,
        $"φσ(λ) = (1/n_v) Σ_r Σ_i τ_r,i gσ(λ − θ_r,i) of each block, σ = {Result.Sigma:G3}, on one grid of {Result.Grid.Length} points " +
        $"over [{Result.Grid[0]:G4}, {Result.Grid[^1]:G4}] (every Ritz value ± 5σ); one y scale for all blocks{(_log ? ", log down to 10⁻⁶ of the highest peak" : "")}.");

    private static string Subtitle(BlockSpectrum block) => string.Create(CultureInfo.InvariantCulture,
        $"n = {block.Dimension:N0} · λ ∈ [{block.LambdaMin:G3}, {block.LambdaMax:G3}]");

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Result, _shown)) return;
        _shown = Result;
        Top = Result.Blocks.Select(b => b.Density.DefaultIfEmpty(0).Max()).DefaultIfEmpty(0).Max();
        Build();
    }

    private void SetLog(bool log)
    {
        _log = log;
        Build();
    }

    private void Build()
    {
        double top = Top > 0 ? Top : 1;
        double? floor = _log ? top * BlockCharts.LogDepth : null;
        var blocks = Result.Blocks;
        _options = [.. blocks.Select(b => BlockCharts.SmallMultiple(BlockCharts.ColorOf(b.Name), Result.Grid[0], Result.Grid[^1], top, _log))];
        _series = [.. blocks.Select(b => (IReadOnlyList<ChartSeries>)[BlockCharts.Density(b.Name, Result.Grid, b.Density, floor)])];
    }
}
