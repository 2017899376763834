using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Models;
using HessianDashboard.Web.Checkpoints;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Pages.Networks;

/// <summary>
/// The network spectrum experiment: the form submits one <see cref="NetworkSpectrumRequest"/> and moves to
/// /networks/spectrum/{runId}, where <see cref="NetworkSpectrumView"/> watches it. ?checkpoint=path preselects a checkpoint.
/// </summary>
public sealed partial class NetworkSpectrumPage : ExperimentPage
{
    private readonly SpectrumFormModel _model = new();
    private string? _loaded;

    [Inject]
    private CheckpointCatalog Catalog { get; set; } = default!;

    /// <summary>A checkpoint to preselect (the training page links here with it).</summary>
    [SupplyParameterFromQuery(Name = "checkpoint")]
    public string? Checkpoint { get; set; }

    private ModelKind? CheckpointKind => _model.Checkpoint is { } path ? Catalog.List().FirstOrDefault(e => e.Path == path)?.Info.Kind : null;

    protected override void OnParametersSet()
    {
        if (RunId is not null && RunId != _loaded && Runner.Get(RunId)?.Request is NetworkSpectrumRequest request) Load(request);
        else if (RunId is null && Checkpoint is not null && _loaded is null) (_model.Source, _model.Checkpoint) = (SpectrumModelSource.Checkpoint, Checkpoint);
        _loaded = RunId ?? "";
        Revalidate();
    }

    private void Load(NetworkSpectrumRequest request)
    {
        _model.Source = request.Checkpoint is null ? SpectrumModelSource.Initialisation : SpectrumModelSource.Checkpoint;
        _model.Checkpoint = request.Checkpoint;
        _model.Kind = request.Model == ModelKind.NanoGpt ? NetworkKind.NanoGpt : NetworkKind.Mlp;
        _model.Seed = request.Seed;
        if (request.Dataset is { } dataset && dataset != NetworkData.TextId) _model.Dataset = dataset;
        (_model.Samples, _model.HessianBatch, _model.Iterations, _model.Exact) = (request.Samples, request.HessianBatch, request.Iterations, request.Exact);
        _model.ParameterPatterns = string.Join(" ", request.ParameterPatterns ?? []);
    }

    private void Revalidate() => Errors = new FormErrors(_model.Check(CheckpointKind));

    private void Run()
    {
        Revalidate();
        if (Errors.IsEmpty && Submit(_model.ToRequest(CheckpointKind), "networks/spectrum") is { } id) _loaded = id;
    }
}
