using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>
/// The batch-size study form with the thesis' settings (§4.2, Fig 4.3/4.4: the chapter-4 MLP trained on 10,000 MNIST
/// samples, Hessian batches 1, 10, 100, 1000 and the full batch, three random batches each, m = 100 full-reorth
/// steps), turned into a <see cref="BatchSizeStudyRequest"/>. <see cref="Check"/> returns the request's own
/// validation plus the form's (a checkpoint chosen, the sizes readable).
/// </summary>
public sealed class BatchSizeFormModel : IExperimentForm<BatchSizeStudyRequest>
{
    private static readonly BatchSizeStudyRequest Defaults = new();

    /// <summary>True: train (or reuse) the chapter-4 model; false: probe <see cref="Checkpoint"/>.</summary>
    public bool Train { get; set; } = true;
    public string? Checkpoint { get; set; }
    public string Dataset { get; set; } = Defaults.Dataset;
    public int? Samples { get; set; } = Defaults.Samples;
    public int? Epochs { get; set; }
    public int TrainingSeed { get; set; }
    public string BatchSizes { get; set; } = IntList.Format(Defaults.BatchSizes);
    public int Repeats { get; set; } = Defaults.Repeats;
    public int Iterations { get; set; } = Defaults.Iterations;
    public ulong BatchSeed { get; set; }
    public int StartSeed { get; set; }
    public string ParameterPatterns { get; set; } = "";
    public double SpuriousTolerance { get; set; } = Defaults.SpuriousTolerance;

    /// <summary>Table 4.1's epochs for the chosen data set (the placeholder when <see cref="Epochs"/> is empty).</summary>
    public int ThesisEpochs => new TrainMlpRequest { Dataset = Dataset }.Resolved().Epochs;

    /// <summary>Fills the form from a run's request (a run page shows the settings it ran with).</summary>
    public void Load(BatchSizeStudyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        (Train, Checkpoint, Dataset, Samples, Epochs, TrainingSeed) =
            (request.Checkpoint is null, request.Checkpoint, request.Dataset, request.Samples, request.Epochs, request.TrainingSeed);
        (BatchSizes, Repeats, Iterations, BatchSeed, StartSeed) =
            (IntList.Format(request.BatchSizes), request.Repeats, request.Iterations, request.BatchSeed, request.StartSeed);
        ParameterPatterns = string.Join(" ", request.ParameterPatterns ?? []);
        SpuriousTolerance = request.SpuriousTolerance;
    }

    public BatchSizeStudyRequest ToRequest()
    {
        string[] patterns = ParameterPatterns.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new BatchSizeStudyRequest
        {
            Dataset = Dataset,
            Checkpoint = Train ? null : Checkpoint,
            Samples = Samples,
            Epochs = Train ? Epochs : null,
            TrainingSeed = TrainingSeed,
            BatchSizes = IntList.Parse(BatchSizes, "Batch sizes", out _) ?? [],
            Repeats = Repeats,
            Iterations = Iterations,
            BatchSeed = BatchSeed,
            StartSeed = StartSeed,
            ParameterPatterns = patterns.Length == 0 ? null : patterns,
            SpuriousTolerance = SpuriousTolerance,
        };
    }

    /// <summary>Every problem with the form, as the runner would report it on Submit plus the form's own checks.</summary>
    public IReadOnlyList<string> Check()
    {
        var errors = new List<string>();
        if (!Train && Checkpoint is null) errors.Add("Checkpoint: choose one (or train the chapter-4 model).");
        bool readable = IntList.Parse(BatchSizes, "Batch sizes", out string? sizeError) is not null;
        if (!readable) errors.Add(sizeError!);
        // An unreadable list is sent as empty; its own message says more than "give at least one".
        errors.AddRange(ToRequest().Validate().Where(e => readable || !e.StartsWith("Give at least one batch size", StringComparison.Ordinal)));
        return errors;
    }

    /// <summary>
    /// What the request will run, e.g. "sizes 1, 10, 100, 1000 and the full batch × 3 = 15 Lanczos runs of m = 100":
    /// sizes ≥ the sample count are the full batch (when the sample count is known).
    /// </summary>
    public string Plan()
    {
        var sizes = IntList.Parse(BatchSizes, "Batch sizes", out _) ?? [];
        var small = sizes.Where(b => b >= 1 && (Samples is not { } n || b < n)).ToArray();
        int runs = (small.Length + 1) * Math.Max(Repeats, 0);
        string sizesText = small.Length == 0 ? "the full batch" : $"sizes {IntList.Format(small)} and the full batch";
        return string.Create(CultureInfo.InvariantCulture, $"{sizesText} × {Repeats} = {runs} Lanczos runs of m = {Iterations}");
    }
}
