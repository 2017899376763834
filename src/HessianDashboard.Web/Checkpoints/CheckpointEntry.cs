using HessianDashboard.Torch.Checkpoints;

namespace HessianDashboard.Web.Checkpoints;

/// <summary>A checkpoint the dashboard can analyse: its description, origin, display name, size and time.</summary>
public sealed record CheckpointEntry(CheckpointInfo Info, CheckpointOrigin Origin, string Name, long Bytes, DateTimeOffset Modified)
{
    /// <summary>The file.</summary>
    public string Path => Info.Path;

    /// <summary>"MLP · mlp-epoch-15.safetensors · 12,730 parameters".</summary>
    public string Label => $"{ModelNames.Display(Info.Kind)} · {Name} · {Info.ParameterCount:N0} parameters";
}
