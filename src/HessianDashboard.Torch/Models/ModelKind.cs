namespace HessianDashboard.Torch.Models;

/// <summary>The architectures this project builds; the string is what checkpoint metadata records.</summary>
public enum ModelKind
{
    /// <summary>One-hidden-layer sigmoid MLP (<see cref="Mlp"/>), metadata "mlp".</summary>
    Mlp,

    /// <summary>Character-level nanoGPT (<see cref="NanoGpt"/>), metadata "nanogpt".</summary>
    NanoGpt,
}
