using HessianDashboard.Torch.Models;

namespace HessianDashboard.Experiments.Networks;

/// <summary>Where a model's parameters came from: a checkpoint file (with its SHA-256) or a seeded initialisation.</summary>
public sealed record ModelOrigin(ModelKind Kind, string Config, long ParameterCount, string? Checkpoint, string? Sha256, int? InitSeed);
