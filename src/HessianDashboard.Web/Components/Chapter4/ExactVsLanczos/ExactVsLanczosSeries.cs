using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

/// <summary>
/// The names <see cref="Experiments.Jobs.Handlers.ExactVsLanczosJobHandler"/> publishes under: Step series
/// "mnist/initialisation" and "mnist/trained"; Metric curves "mnist train loss" and "mnist test loss" per epoch and
/// "converged mnist/trained" per Lanczos step. Also the colours of the page's charts.
/// </summary>
internal static class ExactVsLanczosSeries
{
    /// <summary>The two model states, in run order.</summary>
    public static readonly string[] Stages = ["initialisation", "trained"];

    /// <summary>Initialisation blue, trained orange: readable on the light and the dark theme.</summary>
    public static readonly string[] StageColors = ["#42a5f5", "#ffa726"];

    /// <summary>One colour per data set (MNIST, FashionMNIST, CIFAR-10 order) for the training curves.</summary>
    public static readonly string[] DatasetColors = ["#42a5f5", "#ab47bc", "#26a69a"];

    /// <summary>The data-set ids of <paramref name="request"/>, normalised and without repeats.</summary>
    public static IReadOnlyList<string> Ids(ExactVsLanczosRequest request) =>
        [.. request.Datasets.Select(d => NetworkData.Describe(d).Id).Distinct()];

    /// <summary>The Step series of one state.</summary>
    public static string Ladder(string id, string stage) => $"{id}/{stage}";

    /// <summary>Every Step series of <paramref name="request"/>: per data set, initialisation then trained.</summary>
    public static IReadOnlyList<string> Ladders(ExactVsLanczosRequest request) =>
        [.. Ids(request).SelectMany(id => Stages.Select(stage => Ladder(id, stage)))];

    public static string TrainLoss(string id) => $"{id} train loss";

    public static string TestLoss(string id) => $"{id} test loss";

    public static string Converged(string id, string stage) => $"converged {Ladder(id, stage)}";

    /// <summary>The parts of the run's progress: per data set (as listed, repeats included) training and the two states.</summary>
    public static IReadOnlyList<RunPart> Units(ExactVsLanczosRequest request) =>
        [.. request.Datasets.SelectMany(d => new[] { "training" }.Concat(Stages).Select(part => new RunPart(NetworkData.Describe(d).Id, part)))];

    /// <summary>MNIST, FashionMNIST, CIFAR-10.</summary>
    public static string DisplayName(string id) => NetworkData.Describe(id).DisplayName;

    /// <summary>The data set's colour for the training curves.</summary>
    public static string ColorOf(string id) =>
        DatasetColors[Math.Max(0, Array.IndexOf(NetworkData.ImageIds, NetworkData.Describe(id).Id)) % DatasetColors.Length];
}
