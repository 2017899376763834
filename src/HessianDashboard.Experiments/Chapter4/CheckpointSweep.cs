using System.Diagnostics;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// The skeleton the chapter-4 checkpoint experiments (trajectories, block spectra) share: validate the request, train
/// through the artifact store (or use a given checkpoint), then run one network spectrum per unit — a checkpoint, or a
/// block and start vector — with every Lanczos step published and all of it on one progress bar. The bar gives
/// training the first share s when it runs now (0 when reused), and unit i of U the slice
/// [s + (1 − s)·i/U, s + (1 − s)·(i + 1)/U), moving with the unit's Lanczos steps k/m. What a unit is, and what is
/// made of the spectra, stays with each experiment.
/// </summary>
internal sealed class CheckpointSweep
{
    private readonly DataOptions _data;
    private readonly NetworkArtifactStore _store;
    private readonly Chapter4Observer? _observer;

    private CheckpointSweep(DataOptions data, NetworkArtifactStore store, Chapter4Observer? observer) =>
        (_data, _store, _observer) = (data, store, observer);

    /// <summary>Validates <paramref name="request"/> (throwing <see cref="RequestValidationException"/>) and starts the clock.</summary>
    public static CheckpointSweep Start(IExperimentRequest request, DataOptions data, NetworkArtifactStore store, Chapter4Observer? observer)
    {
        request.EnsureValid();
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(store);
        return new CheckpointSweep(data, store, observer);
    }

    /// <summary>Wall time since <see cref="Start"/>.</summary>
    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    /// <summary>The training run, once <see cref="TrainMlp"/> or <see cref="TrainNanoGpt"/> has run (null for a given checkpoint).</summary>
    public Reused<TrainingRunResult>? Training { get; private set; }

    /// <summary>s, the share of the bar spent before the first unit: the training's when it ran now, else 0.</summary>
    public double TrainingShare { get; private set; }

    public Chapter4Observer? Observer => _observer;

    /// <summary>Trains (or reuses) the MLP run of <paramref name="request"/>, reporting up to <paramref name="share"/> of the bar.</summary>
    public Reused<TrainingRunResult> TrainMlp(TrainMlpRequest request, double share, CancellationToken cancellationToken) =>
        Train(share, progress => _store.TrainMlp(request, _data, progress, cancellationToken));

    /// <summary>Trains (or reuses) the NanoGPT run of <paramref name="options"/>, reporting up to <paramref name="share"/> of the bar.</summary>
    public Reused<TrainingRunResult> TrainNanoGpt(NanoGptTrainingOptions options, double share, CancellationToken cancellationToken) =>
        Train(share, progress => _store.TrainNanoGpt(new TrainNanoGptRequest { Options = options }, _data, progress, cancellationToken));

    /// <summary>The training run's checkpoint at <paramref name="step"/> (epoch or iteration), or null when training stopped before it.</summary>
    public TrainingCheckpoint? Checkpoint(int step) => Training?.Value.Checkpoints.FirstOrDefault(c => c.Step == step);

    /// <summary>The overall fraction after <paramref name="unitsDone"/> (fractional) of <paramref name="units"/> units: s + (1 − s)·done/U.</summary>
    public double Fraction(double unitsDone, int units) => TrainingShare + (1 - TrainingShare) * unitsDone / units;

    /// <summary>
    /// Unit <paramref name="unit"/> of <paramref name="units"/>: the spectrum of <paramref name="request"/> (through the
    /// store, so reused runs replay), its steps published as <paramref name="series"/>, its progress as <paramref name="stage"/>.
    /// </summary>
    public NetworkSpectrumResult Spectrum(NetworkSpectrumRequest request, int unit, int units, string stage, string series, CancellationToken cancellationToken)
    {
        int m = request.Iterations;
        _observer?.Report(stage, Fraction(unit, units));
        return NetworkSpectrumExperiment.Run(request, _data, progress: null, onStep: s =>
        {
            double f = Fraction(unit + (double)s.K / m, units);
            _observer?.Step?.Invoke(s, series, f);
            _observer?.Report(stage, f);
        }, cancellationToken, _store);
    }

    private Reused<TrainingRunResult> Train(double share, Func<IProgress<TrainingProgress>?, Reused<TrainingRunResult>> train)
    {
        _observer?.Report("training", 0);
        Training = train(TrainingObserver(share));
        TrainingShare = Training.WasReused ? 0 : share;
        if (Chapter4Training.ReuseStage(_store, Training) is { } reused) _observer?.Report(reused, 0); // said before any spectrum step
        return Training;
    }

    /// <summary>Turns trainer reports into progress within [0, share] and "train loss (batch)" metric points.</summary>
    private SynchronousProgress<TrainingProgress>? TrainingObserver(double share) => _observer is not { } observer ? null
        : new SynchronousProgress<TrainingProgress>(p =>
        {
            double fraction = share * (p.TotalSteps == 0 ? 1 : (double)p.Step / p.TotalSteps);
            observer.Report("training", fraction);
            if (p.Event == TrainingEvent.Step && p.TrainLoss is { } loss) observer.Metric?.Invoke(new RunMetric("train loss (batch)", p.Step, loss), fraction);
        });

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
