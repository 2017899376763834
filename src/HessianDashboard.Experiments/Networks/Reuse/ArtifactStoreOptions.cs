namespace HessianDashboard.Experiments.Networks.Reuse;

/// <summary>Where <see cref="NetworkArtifactStore"/> keeps reusable results; bound to the configuration section "Artifacts".</summary>
public sealed class ArtifactStoreOptions
{
    public const string SectionName = "Artifacts";

    /// <summary>The folder; null: &lt;local application data&gt;/HessianDashboard/artifacts.</summary>
    public string? Directory { get; set; }

    /// <summary>The folder in force.</summary>
    public string EffectiveDirectory => Directory
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "HessianDashboard", "artifacts");
}
