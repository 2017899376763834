namespace HessianDashboard.Experiments.Networks.Reuse;

/// <summary>A value from <see cref="NetworkArtifactStore"/> and whether it was reused rather than computed now.</summary>
public sealed record Reused<T>(T Value, bool WasReused, string Key);
