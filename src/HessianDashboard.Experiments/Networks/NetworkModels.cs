using HessianDashboard.Experiments.Common;
using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Runtime;

namespace HessianDashboard.Experiments.Networks;

/// <summary>Opens the model a network request names: its checkpoint, or the thesis architecture at a seeded initialisation (dropout off).</summary>
public static class NetworkModels
{
    /// <summary>The model kind a request will use (the checkpoint's, which must agree with an explicit one), and the checkpoint's description.</summary>
    public static (ModelKind Kind, CheckpointInfo? Checkpoint) Inspect(NetworkSpectrumRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Checkpoint is null) return (request.Model ?? ModelKind.Mlp, null);
        var info = CheckpointInfo.Inspect(request.Checkpoint);
        if (request.Model is { } asked && asked != info.Kind)
            throw new RequestValidationException([$"The checkpoint holds a {CheckpointMetadata.KindName(info.Kind)} model, not {CheckpointMetadata.KindName(asked)}."]);
        return (info.Kind, info);
    }

    /// <summary>Loads the checkpoint or builds the seeded model; a fresh NanoGPT takes <paramref name="vocabulary"/> tokens (the corpus').</summary>
    public static ILossModel Open(NetworkSpectrumRequest request, CheckpointInfo? checkpoint, ModelKind kind, int? vocabulary, out ModelOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(request);
        var device = TorchDevice.Resolve(request.Device);
        if (checkpoint is not null)
        {
            origin = new ModelOrigin(checkpoint.Kind, checkpoint.Config, checkpoint.ParameterCount, Path.GetFullPath(checkpoint.Path), checkpoint.Sha256, null);
            return CheckpointLoader.Load(checkpoint.Path, request.Precision, device);
        }
        if (kind == ModelKind.NanoGpt)
        {
            var config = NanoGptConfig.Thesis with
            {
                VocabularySize = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary), "A fresh NanoGPT needs the corpus' vocabulary size."),
            };
            origin = new ModelOrigin(kind, ModelConfigJson.Write(config), config.ParameterCount, null, null, request.Seed);
            return new NanoGpt(config, request.Seed, request.Precision, device);
        }
        origin = new ModelOrigin(kind, ModelConfigJson.Write(MlpConfig.Thesis), MlpConfig.Thesis.ParameterCount, null, null, request.Seed);
        return new Mlp(MlpConfig.Thesis, request.Seed, request.Precision, device);
    }
}
