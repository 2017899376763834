using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>
/// The NanoGPT trajectory form with <see cref="NanoGptTrajectoryRequest"/>'s thesis defaults (checkpoints
/// 0/250/500/1000/1500/2000, 400 blocks × 64 tokens, m = 100, float32 products). The training keeps nanoGPT's
/// shakespeare_char settings; the schedule follows the iterations (decay to the last step, warm-up min(100, iterations/4)),
/// so the thesis iterations give exactly the training the Train page runs and the artifact store reuses it.
/// </summary>
public sealed class NanoGptFormModel : IExperimentForm<NanoGptTrajectoryRequest>
{
    private static readonly NanoGptTrajectoryRequest Defaults = new();

    /// <summary>Measured (docs/decisions/010, docs/experiments.md): one checkpoint of the thesis size, and its 2000-step training.</summary>
    public static readonly TimeSpan ThesisCheckpoint = TimeSpan.FromMinutes(6), ThesisCheckpointFloat64 = TimeSpan.FromMinutes(16.6), ThesisTraining = TimeSpan.FromMinutes(50);

    public int TrainingIterations { get; set; } = Defaults.Training.Iterations;
    public string Checkpoints { get; set; } = IntList.Format(Defaults.Training.CheckpointIterations);
    public int EvalInterval { get; set; } = Defaults.Training.EvalInterval;
    public int EvalIterations { get; set; } = Defaults.Training.EvalIterations;
    public int Seed { get; set; }
    public int Blocks { get; set; } = Defaults.Blocks;
    public ulong BatchSeed { get; set; }
    public int Iterations { get; set; } = Defaults.Iterations;
    public int StartSeed { get; set; }
    public ModelPrecision Precision { get; set; } = Defaults.Precision;
    public int? ChunkSize { get; set; }
    public double? Sigma { get; set; }
    public int GridPoints { get; set; } = Defaults.GridPoints;
    public int Bins { get; set; } = Defaults.Bins;
    public double ResidualTolerance { get; set; } = Defaults.ResidualTolerance;

    /// <summary>Tokens in the Hessian batch (blocks × the model's 64-token context).</summary>
    public int Tokens => Blocks * Defaults.Training.Model.BlockSize;

    public NanoGptTrajectoryRequest ToRequest()
    {
        var training = Defaults.Training;
        int warmup = Math.Min(training.Schedule.WarmupIterations, Math.Max(1, TrainingIterations / 4));
        return new NanoGptTrajectoryRequest
        {
            Training = training with
            {
                Iterations = TrainingIterations, EvalInterval = EvalInterval, EvalIterations = EvalIterations, Seed = Seed,
                CheckpointIterations = IntList.Parse(Checkpoints, "Checkpoint iterations", out _) ?? [],
                Schedule = training.Schedule with { WarmupIterations = warmup, DecayIterations = TrainingIterations },
            },
            Blocks = Blocks, BatchSeed = BatchSeed, Iterations = Iterations, StartSeed = StartSeed, Precision = Precision, ChunkSize = ChunkSize,
            Sigma = Sigma, GridPoints = GridPoints, Bins = Bins, ResidualTolerance = ResidualTolerance,
        };
    }

    /// <summary>Every problem, as the runner would report it on Submit, plus a checkpoint entry that is not a number.</summary>
    public IReadOnlyList<string> Check()
    {
        var errors = new List<string>(ToRequest().Validate());
        if (IntList.Parse(Checkpoints, "Checkpoint iterations", out string? error) is null)
        {
            errors.RemoveAll(e => e.StartsWith("Name at least one checkpoint", StringComparison.Ordinal));
            errors.Insert(0, error!);
        }
        return errors;
    }

    public void Load(NanoGptTrajectoryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var t = request.Training;
        (TrainingIterations, Checkpoints, EvalInterval, EvalIterations, Seed) = (t.Iterations, IntList.Format(t.CheckpointIterations), t.EvalInterval, t.EvalIterations, t.Seed);
        (Blocks, BatchSeed, Iterations, StartSeed, Precision, ChunkSize) = (request.Blocks, request.BatchSeed, request.Iterations, request.StartSeed, request.Precision, request.ChunkSize);
        (Sigma, GridPoints, Bins, ResidualTolerance) = (request.Sigma, request.GridPoints, request.Bins, request.ResidualTolerance);
    }

    /// <summary>
    /// Scaled from the thesis-size measurements: a checkpoint ∝ blocks × m (float64 products ≈ 2.8× float32), training ∝
    /// iterations; a rough guide for this 2-core machine, not a promise.
    /// </summary>
    public (TimeSpan PerCheckpoint, TimeSpan Training, TimeSpan Total) Estimate()
    {
        double scale = Math.Max(0, Blocks) / 400.0 * Math.Max(0, Iterations) / 100.0;
        var perCheckpoint = (Precision == ModelPrecision.Float64 ? ThesisCheckpointFloat64 : ThesisCheckpoint) * scale;
        var training = ThesisTraining * (Math.Max(0, TrainingIterations) / 2000.0);
        int checkpoints = (IntList.Parse(Checkpoints, "", out _) ?? []).Length;
        return (perCheckpoint, training, perCheckpoint * checkpoints + training);
    }

    /// <summary>"≈ 6 min 00 s per checkpoint × 6 + 50 min 00 s training (unless reused) ≈ 1 h 26 min" (start-up not counted).</summary>
    public string EstimateText()
    {
        var (perCheckpoint, training, total) = Estimate();
        int checkpoints = (IntList.Parse(Checkpoints, "", out _) ?? []).Length;
        return string.Create(CultureInfo.InvariantCulture,
            $"≈ {Shared.RunText.Duration(perCheckpoint)} per checkpoint × {checkpoints} + {Shared.RunText.Duration(training)} training (unless reused) ≈ {Shared.RunText.Duration(total)}");
    }
}
