using System.Globalization;
using System.Text.RegularExpressions;

namespace HessianDashboard.Experiments.Networks.Reuse;

/// <summary>
/// A run's announcement, at the moment it decides, that it reuses a result from the <see cref="NetworkArtifactStore"/>
/// instead of computing it. It travels as the stage text of an ordinary Progress event (no event kind of its own), e.g.
/// "mnist: reused the trained checkpoint (trained 2026-11-27 02:10 UTC, key abc123…): no training"; <see cref="Parse"/>
/// reads it back from any stage, whatever prefix a study put before it (the data set or series, then ": ").
/// </summary>
/// <param name="What"><see cref="Training"/> or <see cref="Exact"/>.</param>
/// <param name="Key">The store key of the reused result (training key, or the Hessian's fingerprint, shortened).</param>
/// <param name="Scope">What the study prefixed the stage with (e.g. "mnist", "mnist/trained"), or null.</param>
public sealed partial record ReuseNotice(string What, string Key, string? Scope)
{
    /// <summary><see cref="What"/> of a reused training run (its checkpoints).</summary>
    public const string Training = "training";

    /// <summary><see cref="What"/> of a reused exact spectrum (eigenvalues of the full Hessian).</summary>
    public const string Exact = "exact";

    private const string TrainingText = "reused the trained checkpoint";
    private const string ExactText = "reused the exact spectrum";

    /// <summary>Characters of a fingerprint shown (keys are already 16 hex digits).</summary>
    private const int KeyLength = 16;

    /// <summary>The stage saying a training run was reused: its key and, when known, when it was trained.</summary>
    public static string TrainingStage(string key, DateTimeOffset? trainedAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        string when = trainedAt is { } t ? $"trained {t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, " : "";
        return $"{TrainingText} ({when}key {Short(key)}): no training";
    }

    /// <summary>The stage saying the exact spectrum of the Hessian with <paramref name="fingerprint"/> was reused.</summary>
    public static string ExactStage(string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        return $"{ExactText} (key {Short(fingerprint)}): no exact Hessian";
    }

    /// <summary>The notice in <paramref name="stage"/>, or null when the stage announces no reuse.</summary>
    public static ReuseNotice? Parse(string? stage)
    {
        if (string.IsNullOrEmpty(stage)) return null;
        var match = Pattern().Match(stage);
        if (!match.Success) return null;
        string what = match.Groups["what"].Value == TrainingText ? Training : Exact;
        string? scope = match.Groups["scope"].Success ? match.Groups["scope"].Value : null;
        return new ReuseNotice(what, match.Groups["key"].Value, scope);
    }

    private static string Short(string key) => key.Length > KeyLength ? key[..KeyLength] : key;

    [GeneratedRegex(@"^(?:(?<scope>.+?): )?(?<what>reused the trained checkpoint|reused the exact spectrum) \((?:[^()]*?, )?key (?<key>[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
