using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>
/// The training form: the thesis defaults (MLP: Table 4.1's epochs, SGD lr 0.1, batch 64; NanoGPT: shakespeare_char,
/// 2000 iterations), turned into a <see cref="TrainMlpRequest"/> or <see cref="TrainNanoGptRequest"/>; <see cref="Check"/>
/// returns that request's own validation messages plus the form's (checkpoint lists).
/// </summary>
public sealed class TrainFormModel
{
    /// <summary>A loss report every this many steps (at most every 10th, about 200 points a run): a smooth live curve, a small event log.</summary>
    public static int ProgressInterval(int totalSteps) => Math.Clamp(totalSteps / 200, 1, 10);

    private static readonly NanoGptTrainingOptions GptDefaults = new();

    public NetworkKind Kind { get; set; } = NetworkKind.Mlp;

    public string Dataset { get; set; } = "mnist";
    public int? Samples { get; set; }
    public int? Epochs { get; set; }
    public double LearningRate { get; set; } = new MlpTrainingOptions().LearningRate;
    public int BatchSize { get; set; } = new MlpTrainingOptions().BatchSize;
    public int Seed { get; set; }
    public string CheckpointEpochs { get; set; } = "";

    public int Iterations { get; set; } = GptDefaults.Iterations;
    public int GptBatchSize { get; set; } = GptDefaults.BatchSize;
    public int EvalInterval { get; set; } = GptDefaults.EvalInterval;
    public string CheckpointIterations { get; set; } = IntList.Format(GptDefaults.CheckpointIterations);

    /// <summary>Table 4.1's epochs for the chosen data set (shown as the placeholder when Epochs is empty).</summary>
    public int ThesisEpochs => new TrainMlpRequest { Dataset = Dataset }.Resolved().Epochs;

    public IExperimentRequest ToRequest() => Kind == NetworkKind.Mlp ? ToMlp() : ToNanoGpt();

    public TrainMlpRequest ToMlp()
    {
        int epochs = Epochs ?? ThesisEpochs;
        var checkpoints = IntList.Parse(CheckpointEpochs, "Checkpoint epochs", out _);
        return new TrainMlpRequest
        {
            Dataset = Dataset,
            Samples = Samples,
            EpochsExplicit = Epochs is not null,
            Options = new MlpTrainingOptions
            {
                Epochs = epochs, LearningRate = LearningRate, BatchSize = BatchSize, Seed = Seed,
                ProgressInterval = ProgressInterval(epochs * (((Samples ?? 60_000) + Math.Max(1, BatchSize) - 1) / Math.Max(1, BatchSize))),
                CheckpointEpochs = checkpoints is { Length: > 0 } ? checkpoints : null,
            },
        };
    }

    public TrainNanoGptRequest ToNanoGpt()
    {
        var checkpoints = IntList.Parse(CheckpointIterations, "Checkpoint iterations", out _);
        return new TrainNanoGptRequest
        {
            Options = GptDefaults with
            {
                Iterations = Iterations, BatchSize = GptBatchSize, EvalInterval = EvalInterval, Seed = Seed, ProgressInterval = ProgressInterval(Iterations),
                CheckpointIterations = checkpoints is { Length: > 0 } ? checkpoints : [Iterations],
            },
        };
    }

    /// <summary>Every problem with the form, as the runner would report it on Submit plus the form's own checks.</summary>
    public IReadOnlyList<string> Check()
    {
        var errors = new List<string>(ToRequest().Validate());
        if (Kind == NetworkKind.Mlp)
        {
            int epochs = Epochs ?? ThesisEpochs;
            if (IntList.Parse(CheckpointEpochs, "Checkpoint epochs", out string? error) is { } list)
            {
                if (list.Any(e => e < 0 || e > epochs)) errors.Add($"Checkpoint epochs must lie in [0, {epochs}].");
            }
            else errors.Add(error!);
        }
        else if (IntList.Parse(CheckpointIterations, "Checkpoint iterations", out string? error) is { } list)
        {
            if (list.Any(i => i < 0 || i > Iterations)) errors.Add($"Checkpoint iterations must lie in [0, {Iterations}].");
        }
        else errors.Add(error!);
        return errors.Distinct().ToList();
    }
}
