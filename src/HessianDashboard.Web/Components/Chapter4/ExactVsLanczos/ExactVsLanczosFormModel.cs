using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

/// <summary>
/// The exact-vs-Lanczos form with the thesis' settings (§4.1: every image data set, 10,000 samples, Table 4.1's
/// epochs, m = 100, ε = 1e-5, all 12,730 parameters), turned into an <see cref="ExactVsLanczosRequest"/>.
/// </summary>
public sealed class ExactVsLanczosFormModel
{
    private static readonly ExactVsLanczosRequest Defaults = new();

    /// <summary>The chosen data sets (ids of <see cref="NetworkData.ImageIds"/>).</summary>
    public HashSet<string> Datasets { get; } = [.. Defaults.Datasets];

    public bool SkipMissingData { get; set; } = Defaults.SkipMissingData;
    public int? Samples { get; set; } = Defaults.Samples;
    public int? Epochs { get; set; } = Defaults.Epochs;
    public int Iterations { get; set; } = Defaults.Iterations;

    /// <summary>ε as typed ("1e-5"), parsed with the invariant culture.</summary>
    public string Epsilon { get; set; } = NumberText.RoundTrip(Defaults.Epsilon);

    public string ParameterPatterns { get; set; } = "";
    public int TrainingSeed { get; set; } = Defaults.TrainingSeed;
    public int StartSeed { get; set; } = Defaults.StartSeed;
    public int HistogramBins { get; set; } = Defaults.HistogramBins;

    /// <summary>Ticks or clears one data set.</summary>
    public void Choose(string dataset, bool chosen)
    {
        if (chosen) Datasets.Add(dataset);
        else Datasets.Remove(dataset);
    }

    /// <summary>The request; an unreadable ε becomes NaN, which <see cref="ExactVsLanczosRequest.Validate"/> refuses.</summary>
    public ExactVsLanczosRequest ToRequest()
    {
        string[] patterns = ParameterPatterns.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ExactVsLanczosRequest
        {
            Datasets = [.. NetworkData.ImageIds.Where(Datasets.Contains)],
            SkipMissingData = SkipMissingData,
            Samples = Samples,
            Epochs = Epochs,
            TrainingSeed = TrainingSeed,
            Iterations = Iterations,
            Epsilon = ParseEpsilon() ?? double.NaN,
            StartSeed = StartSeed,
            ParameterPatterns = patterns.Length == 0 ? null : patterns,
            HistogramBins = HistogramBins,
        };
    }

    /// <summary>The request's own validation (what the runner checks on Submit), ε's wording when it is not a number.</summary>
    public IReadOnlyList<string> Check()
    {
        var errors = ToRequest().Validate().ToList();
        if (ParseEpsilon() is null)
        {
            errors.RemoveAll(e => e.StartsWith("ε must", StringComparison.Ordinal));
            errors.Add($"ε must be a number such as 1e-5 (got '{Epsilon}').");
        }
        return errors;
    }

    /// <summary>Fills the form from an earlier run's request (the page at /experiments/exact-vs-lanczos/{id}).</summary>
    public void Load(ExactVsLanczosRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Datasets.Clear();
        foreach (string id in request.Datasets) Datasets.Add(NetworkData.Describe(id).Id);
        (SkipMissingData, Samples, Epochs, Iterations) = (request.SkipMissingData, request.Samples, request.Epochs, request.Iterations);
        (Epsilon, TrainingSeed, StartSeed, HistogramBins) = (NumberText.RoundTrip(request.Epsilon), request.TrainingSeed, request.StartSeed, request.HistogramBins);
        ParameterPatterns = string.Join(" ", request.ParameterPatterns ?? []);
    }

    private double? ParseEpsilon() =>
        double.TryParse(Epsilon, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;
}
