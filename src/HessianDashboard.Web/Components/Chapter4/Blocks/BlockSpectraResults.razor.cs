using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>The end of a block-spectra run; a cancelled run's result shows the blocks done and says it is partial.</summary>
public sealed partial class BlockSpectraResults
{
    [Parameter, EditorRequired]
    public BlockSpectraResult Result { get; set; } = default!;

    /// <summary>Whether σ was left to the default (1% of the span of all blocks' Ritz values).</summary>
    [Parameter]
    public bool AutoSigma { get; set; }

    /// <summary>The number of blocks the run planned, when known.</summary>
    [Parameter]
    public int? Planned { get; set; }

    private IReadOnlyList<string> Names => [.. Result.Blocks.Select(b => b.Name)];

    private string SigmaText => string.Create(CultureInfo.InvariantCulture, $"{Result.Sigma:G4} ") + (AutoSigma
        ? "(auto: 1% of the span of all blocks' Ritz values)"
        : "(as set)") + " — one σ and one grid for every block, so their densities and distances compare";
}
