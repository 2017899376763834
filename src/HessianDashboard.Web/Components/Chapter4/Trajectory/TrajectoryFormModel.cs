using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>
/// The MLP trajectory form with <see cref="TrajectoryRequest"/>'s thesis defaults (the figure's epochs per data set,
/// every sample, m = 100); <see cref="Check"/> returns the request's own messages plus the epoch list's parse error.
/// </summary>
public sealed class TrajectoryFormModel : IExperimentForm<TrajectoryRequest>
{
    private static readonly TrajectoryRequest Defaults = new();

    public string Dataset { get; set; } = Defaults.Dataset;
    public int? Samples { get; set; }

    /// <summary>Comma-separated checkpoint epochs; empty = the thesis' figure for the data set.</summary>
    public string Epochs { get; set; } = "";
    public int Seed { get; set; }
    public double LearningRate { get; set; } = Defaults.LearningRate;
    public int? HessianBatch { get; set; }
    public ulong BatchSeed { get; set; }
    public int Iterations { get; set; } = Defaults.Iterations;
    public int StartSeed { get; set; }
    public double? Sigma { get; set; }
    public int GridPoints { get; set; } = Defaults.GridPoints;
    public int Bins { get; set; } = Defaults.Bins;
    public double ResidualTolerance { get; set; } = Defaults.ResidualTolerance;

    /// <summary>The thesis' epochs for the chosen data set (the placeholder of <see cref="Epochs"/>).</summary>
    public string ThesisEpochs => IntList.Format(TrajectoryRequest.ThesisEpochs(Dataset));

    public TrajectoryRequest ToRequest() => new()
    {
        Dataset = Dataset, Samples = Samples, Epochs = IntList.Parse(Epochs, "Checkpoint epochs", out _) is { Length: > 0 } epochs ? epochs : null,
        Seed = Seed, LearningRate = LearningRate, HessianBatch = HessianBatch, BatchSeed = BatchSeed, Iterations = Iterations, StartSeed = StartSeed,
        Sigma = Sigma, GridPoints = GridPoints, Bins = Bins, ResidualTolerance = ResidualTolerance,
        Device = Defaults.Device,
    };

    /// <summary>Every problem, as the runner would report it on Submit, plus an epoch entry that is not a number.</summary>
    public IReadOnlyList<string> Check()
    {
        var errors = new List<string>(ToRequest().Validate());
        if (IntList.Parse(Epochs, "Checkpoint epochs", out string? error) is null) errors.Insert(0, error!);
        return errors;
    }

    /// <summary>Refills the form from a submitted request (a run page shows the settings it ran with).</summary>
    public void Load(TrajectoryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        (Dataset, Samples, Epochs, Seed, LearningRate) = (request.Dataset, request.Samples, request.Epochs is null ? "" : IntList.Format(request.Epochs), request.Seed, request.LearningRate);
        (HessianBatch, BatchSeed, Iterations, StartSeed) = (request.HessianBatch, request.BatchSeed, request.Iterations, request.StartSeed);
        (Sigma, GridPoints, Bins) = (request.Sigma, request.GridPoints, request.Bins);
        ResidualTolerance = request.ResidualTolerance;
    }
}
