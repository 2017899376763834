using System.Globalization;
using HessianDashboard.Web.Components.Charts;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>
/// Shows <see cref="Matrix"/> as given (the result's numbers, never recomputed) and names the most and least similar
/// block pairs: the k smallest and k largest off-diagonal distances, k = min(3, ⌊pairs/2⌋) (at least 1), outlined in the table.
/// </summary>
public sealed partial class JensenShannonTable
{
    private List<(int I, int J, double D)> _pairs = [], _most = [], _least = [];
    private double _scale = 1;

    [Parameter, EditorRequired]
    public IReadOnlyList<string> Names { get; set; } = [];

    /// <summary>D[i][j], symmetric with a zero diagonal.</summary>
    [Parameter, EditorRequired]
    public double[][] Matrix { get; set; } = [];

    [Parameter]
    public double Sigma { get; set; }

    [CascadingParameter]
    public ChartThemeMode ThemeMode { get; set; }

    protected override void OnParametersSet()
    {
        _pairs = [.. Pairs(Matrix).OrderBy(p => p.D)];
        _scale = DistanceShade.Scale(Matrix);
        int k = Math.Max(1, Math.Min(3, _pairs.Count / 2));
        _most = [.. _pairs.Take(k)];
        _least = _pairs.Count < 2 ? [] : [.. _pairs.TakeLast(k).Reverse()];
    }

    internal static IEnumerable<(int I, int J, double D)> Pairs(double[][] matrix)
    {
        for (int i = 0; i < matrix.Length; i++)
            for (int j = i + 1; j < matrix.Length; j++)
                yield return (i, j, matrix[i][j]);
    }

    private string Join(List<(int I, int J, double D)> pairs) => pairs.Count == 0 ? "–"
        : string.Join("; ", pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{Names[p.I]} – {Names[p.J]} ({p.D:0.000})")));

    private string CellStyle(int i, int j, double d)
    {
        string style = "text-align: right; font-variant-numeric: tabular-nums; " + (i == j ? "opacity: 0.6;" : DistanceShade.Style(d, _scale, ThemeMode));
        (int a, int b) = i < j ? (i, j) : (j, i);
        if (_most.Any(p => p.I == a && p.J == b)) style += " outline: 2px solid #26a69a; outline-offset: -2px;";
        else if (_least.Any(p => p.I == a && p.J == b)) style += " outline: 2px dashed #ef5350; outline-offset: -2px;";
        return style;
    }
}
