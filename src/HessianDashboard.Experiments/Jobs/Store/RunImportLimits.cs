namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>What an imported run export may hold at most; <see cref="Default"/> suits every export this version writes.</summary>
public sealed record RunImportLimits
{
    /// <summary>256 MiB: a run's whole event log (a 5000-step ladder is about 200 MB of JSON) fits.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    /// <summary>The limits used when none are given.</summary>
    public static RunImportLimits Default { get; } = new();

    /// <summary>Largest file read, in bytes; reading stops one byte past it.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Deepest JSON nesting accepted (an export needs about a dozen levels).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Tags per run, and characters per tag.</summary>
    public int MaxTags { get; init; } = 20;
    public int MaxTagLength { get; init; } = 40;

    /// <summary>Largest notes text, in UTF-8 bytes (100 KB).</summary>
    public int MaxNotesBytes { get; init; } = 100 * 1024;

    /// <summary>Problems with the limits themselves; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxBytes is < 1 or > int.MaxValue) errors.Add($"The size limit must lie in [1, {int.MaxValue}] bytes, got {MaxBytes}.");
        if (MaxDepth is < 16 or > 1000) errors.Add($"The depth limit must lie in [16, 1000], got {MaxDepth}.");
        if (MaxTags < 0 || MaxTagLength < 1 || MaxNotesBytes < 0) errors.Add("Tag and notes limits must not be negative.");
        return errors;
    }
}
