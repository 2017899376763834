using System.Globalization;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>A run's spectrum (or ladder) in links: "runId.index", the index into <see cref="RunSpectra.Labels"/>.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Index">The label's position (0-based).</param>
public readonly record struct SpectrumKey(string RunId, int Index)
{
    /// <summary>Indices above this are junk (no run has that many spectra).</summary>
    public const int MaxIndex = 9_999;

    /// <summary>"runId.index".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RunId}.{Index}");

    /// <summary>Reads "runId.index"; false for anything else.</summary>
    public static bool TryParse(string? text, out SpectrumKey key)
    {
        key = default;
        int dot = text?.LastIndexOf('.') ?? -1;
        if (dot <= 0 || !RunIds.IsWellFormed(text![..dot])) return false;
        if (!int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index > MaxIndex) return false;
        key = new SpectrumKey(text[..dot], index);
        return true;
    }
}
