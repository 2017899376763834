using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Torch.Models;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>
/// The block-spectra form: a NanoGPT checkpoint from the picker, or the embedded training run (thesis §4.3 settings)
/// at a chosen checkpoint iteration; the Hessian batch, Lanczos and density settings of <see cref="BlockSpectraRequest"/>
/// (its defaults). What the form does not show (chunk size, device, the training's architecture, schedule and
/// evaluation batches) is kept from the request loaded last, so a run refills the form exactly and the same training
/// request is reused from the artifact store.
/// </summary>
public sealed class BlockSpectraFormModel : IExperimentForm<BlockSpectraRequest>
{
    private BlockSpectraRequest _base = new();

    public BlockSpectraFormModel() => Load(_base);

    public BlockModelSource Source { get; set; }
    public string? Checkpoint { get; set; }

    public int TrainIterations { get; set; }
    public int BatchSize { get; set; }
    public int EvalInterval { get; set; }
    public int Seed { get; set; }
    public string CheckpointIterations { get; set; } = "";

    /// <summary>The training checkpoint to analyse; null = the last.</summary>
    public int? Iteration { get; set; }

    public int Blocks { get; set; }
    public ulong BatchSeed { get; set; }
    public int Iterations { get; set; }
    public int StartVectors { get; set; }
    public int StartSeed { get; set; }
    public bool LayerNormWithSublayer { get; set; }

    /// <summary>Kernel width; null = auto (1% of the span of all blocks' Ritz values).</summary>
    public double? Sigma { get; set; }
    public int GridPoints { get; set; }
    public ModelPrecision Precision { get; set; }

    /// <summary>The checkpoint iterations typed so far (empty while the list does not parse).</summary>
    public IReadOnlyList<int> ParsedCheckpointIterations => IntList.Parse(CheckpointIterations, "Checkpoint iterations", out _) ?? [];

    /// <summary>Fills the form from <paramref name="request"/> (a run's, or <see cref="BlockSpectraRequest.Quick"/>).</summary>
    public void Load(BlockSpectraRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _base = request;
        (Source, Checkpoint) = (request.Checkpoint is null ? BlockModelSource.Train : BlockModelSource.Checkpoint, request.Checkpoint);
        var t = request.Training;
        (TrainIterations, BatchSize, EvalInterval, Seed) = (t.Iterations, t.BatchSize, t.EvalInterval, t.Seed);
        (CheckpointIterations, Iteration) = (IntList.Format(t.CheckpointIterations), request.Iteration);
        (Blocks, BatchSeed, Iterations, StartVectors, StartSeed) = (request.Blocks, request.BatchSeed, request.Iterations, request.StartVectors, request.StartSeed);
        (LayerNormWithSublayer, Sigma, GridPoints, Precision) = (request.LayerNormWithSublayer, request.Sigma, request.GridPoints, request.Precision);
    }

    public BlockSpectraRequest ToRequest()
    {
        bool train = Source == BlockModelSource.Train;
        return _base with
        {
            Checkpoint = train ? null : Checkpoint,
            Training = Training(),
            Iteration = train ? Iteration : null,
            Blocks = Blocks, BatchSeed = BatchSeed, Iterations = Iterations, StartVectors = StartVectors, StartSeed = StartSeed,
            LayerNormWithSublayer = LayerNormWithSublayer, Sigma = Sigma, GridPoints = GridPoints, Precision = Precision,
        };
    }

    /// <summary>The request's own messages (what the runner checks on Submit) plus the form's.</summary>
    public IReadOnlyList<string> Check()
    {
        var errors = new List<string>();
        if (Source == BlockModelSource.Checkpoint && Checkpoint is null) errors.Add("Checkpoint: choose a NanoGPT checkpoint (or train one here).");
        if (Source == BlockModelSource.Train)
        {
            if (IntList.Parse(CheckpointIterations, "Checkpoint iterations", out string? error) is not { } list) errors.Add(error!);
            else if (list.Length == 0) errors.Add("Checkpoint iterations: name at least one.");
            else if (list.Any(i => i < 0 || i > TrainIterations)) errors.Add($"Checkpoint iterations must lie in [0, {TrainIterations}].");
        }
        errors.AddRange(ToRequest().Validate());
        return errors.Distinct().ToList();
    }

    // The training run as loaded, with the shown settings; the schedule's decay end follows the iterations (nanoGPT's
    // lr_decay_iters = max_iters) only when they change, so untouched defaults keep the artifact store's key.
    private Torch.Training.NanoGptTrainingOptions Training()
    {
        var t = _base.Training;
        var schedule = TrainIterations == t.Iterations ? t.Schedule
            : t.Schedule with { DecayIterations = TrainIterations, WarmupIterations = Math.Min(t.Schedule.WarmupIterations, Math.Max(0, TrainIterations)) };
        return t with
        {
            Iterations = TrainIterations, BatchSize = BatchSize, EvalInterval = EvalInterval, Seed = Seed, Schedule = schedule,
            CheckpointIterations = ParsedCheckpointIterations.ToArray(),
            ProgressInterval = TrainFormModel.ProgressInterval(TrainIterations),
        };
    }
}
