namespace HessianDashboard.Torch.Training;

/// <summary>A checkpoint a trainer wrote.</summary>
/// <param name="Step">Epoch (MLP) or iteration (NanoGPT) it was taken at; 0 = initialisation.</param>
/// <param name="Path">The safetensors file.</param>
public sealed record TrainingCheckpoint(int Step, string Path);
