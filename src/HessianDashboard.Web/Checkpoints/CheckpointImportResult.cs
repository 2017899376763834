namespace HessianDashboard.Web.Checkpoints;

/// <summary>An import's outcome: the stored checkpoint, or why the file was refused (nothing stored then).</summary>
public sealed record CheckpointImportResult(CheckpointEntry? Entry, string? Error);
