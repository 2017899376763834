using System.Globalization;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Common;

/// <summary>
/// Upper bounds that keep absurd values (10⁹ iterations, a 10⁷-sample batch, a NaN learning rate) from reaching an
/// experiment, shared by the requests' <c>Validate</c>. They sit well above the thesis settings (m = 100, 30 epochs,
/// 2000 NanoGPT iterations, 10,000 samples) and below what would exhaust the machine. Seeds need none: every
/// <c>int</c>/<c>ulong</c> is a valid seed (they are hashed), and JSON out of the type's range does not deserialise.
/// </summary>
public static class RequestBounds
{
    /// <summary>Lanczos steps on a matrix (synthetic n ≤ 20,000; a file's m is also checked against its n).</summary>
    public const int MaxLanczosIterations = 20_000;

    /// <summary>Lanczos steps on a network's Hessian: full reorthogonalisation keeps m vectors of all parameters.</summary>
    public const int MaxNetworkIterations = 5_000;

    /// <summary>Samples, Hessian batch sizes and chunk sizes of image data (the largest data set has 60,000 images).</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>Text blocks in a NanoGPT Hessian batch (the thesis: 400).</summary>
    public const int MaxTextBlocks = 100_000;

    /// <summary>Training epochs of the MLP (the thesis: at most 30).</summary>
    public const int MaxEpochs = 1_000;

    /// <summary>NanoGPT training iterations (the thesis: 2,000), evaluation iterations, warm-up and decay lengths.</summary>
    public const int MaxTrainingIterations = 1_000_000;

    /// <summary>Training mini-batch size.</summary>
    public const int MaxBatchSize = 100_000;

    /// <summary>Entries of a list parameter: sizes, iteration counts, epochs, batch sizes, checkpoints, data sets.</summary>
    public const int MaxListLength = 100;

    /// <summary>Units of an MLP layer; NanoGPT's embedding width, context length and vocabulary.</summary>
    public const int MaxLayerWidth = 1_000_000;

    /// <summary>NanoGPT transformer layers.</summary>
    public const int MaxLayers = 1_000;

    /// <summary>Learning rates lie in (0, this].</summary>
    public const double MaxLearningRate = 100;

    /// <summary>Parameters of a model configured by a request (the thesis' NanoGPT has about 0.8 million).</summary>
    public const long MaxModelParameters = 100_000_000;

    /// <summary>"{name} must be at most {max} (got {value})." when <paramref name="value"/> exceeds <paramref name="max"/>.</summary>
    public static IEnumerable<string> AtMost(string name, long? value, long max)
    {
        if (value > max) yield return Format($"{name} must be at most {max:N0} (got {value:N0}).");
    }

    /// <summary>"… may list at most 100 values" when the list is longer.</summary>
    public static IEnumerable<string> ShortList<T>(string name, IReadOnlyCollection<T>? values)
    {
        if (values is { Count: > MaxListLength }) yield return Format($"{name} may list at most {MaxListLength} values (got {values.Count:N0}).");
    }

    /// <summary>An enum value that is not one of the type's names (JSON may carry a bare number).</summary>
    public static IEnumerable<string> Known<T>(string name, T value) where T : struct, Enum
    {
        if (!Enum.IsDefined(value)) yield return $"Unknown {name} {value}.";
    }

    /// <summary>
    /// Bounds of the MLP trainer's settings beyond its own checks (which reject non-positive sizes and rates): the
    /// model's size, epochs, batch size, an infinite learning rate, a NaN momentum, the checkpoints and the precision.
    /// </summary>
    public static IEnumerable<string> Mlp(MlpTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Model is { } model)
        {
            if (Math.Max(model.Inputs, Math.Max(model.Hidden, model.Classes)) > MaxLayerWidth)
                errors.Add(Format($"MLP layers have at most {MaxLayerWidth:N0} units (got {model})."));
            else if (model.ParameterCount > MaxModelParameters) errors.Add(TooLarge(model.ParameterCount));
        }
        errors.AddRange(AtMost("Epochs", options.Epochs, MaxEpochs));
        errors.AddRange(AtMost("The batch size", options.BatchSize, MaxBatchSize));
        errors.AddRange(LearningRate(options.LearningRate));
        if (double.IsNaN(options.Momentum)) errors.Add("The momentum must lie in [0, 1) (got NaN).");
        errors.AddRange(ShortList("Checkpoint epochs", options.CheckpointEpochs));
        if (options.CheckpointEpochs is { } epochs && epochs.Any(e => e < 0 || e > options.Epochs))
            errors.Add(Format($"Checkpoint epochs must lie in [0, {options.Epochs}]."));
        errors.AddRange(Known("precision", options.Precision));
        return errors;
    }

    /// <summary>
    /// Bounds of the NanoGPT trainer's settings beyond its own checks: the model (its own validation, which the trainer's
    /// options skip, and its size), iterations, batch size, the learning-rate schedule and the optimiser's NaN holes.
    /// </summary>
    public static IEnumerable<string> NanoGpt(NanoGptTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var model = options.Model;
        try { model?.Validate(); }
        catch (ArgumentException e) { errors.Add(e.Message); }
        if (model is null) errors.Add("The NanoGPT training options need a model.");
        else if (model.Layers > MaxLayers || Math.Max(model.Embedding, Math.Max(model.BlockSize, model.VocabularySize)) > MaxLayerWidth)
            errors.Add(Format($"NanoGPT has at most {MaxLayers} layers and {MaxLayerWidth:N0} embedding dimensions, context tokens and vocabulary entries (got {model})."));
        else if (model.ParameterCount > MaxModelParameters) errors.Add(TooLarge(model.ParameterCount));
        errors.AddRange(AtMost("Training iterations", options.Iterations, MaxTrainingIterations));
        errors.AddRange(AtMost("Evaluation iterations", options.EvalIterations, MaxTrainingIterations));
        errors.AddRange(AtMost("The batch size", options.BatchSize, MaxBatchSize));
        if (options.Schedule is not { } schedule) errors.Add("The NanoGPT training options need a learning-rate schedule.");
        else
        {
            errors.AddRange(LearningRate(schedule.LearningRate));
            if (!(schedule.MinLearningRate >= 0 && schedule.MinLearningRate <= MaxLearningRate))
                errors.Add(Format($"The minimum learning rate must lie in [0, {MaxLearningRate}] (got {schedule.MinLearningRate})."));
            errors.AddRange(AtMost("Warm-up iterations", schedule.WarmupIterations, MaxTrainingIterations));
            if (schedule.DecayIterations is < 0 or > MaxTrainingIterations)
                errors.Add(Format($"Decay iterations must lie in [0, {MaxTrainingIterations:N0}] (got {schedule.DecayIterations:N0})."));
        }
        if (double.IsNaN(options.Beta1) || double.IsNaN(options.Beta2)) errors.Add(Format($"Betas must lie in [0, 1) (got {options.Beta1}, {options.Beta2})."));
        if (!(options.WeightDecay is >= 0 and <= 10)) errors.Add(Format($"The weight decay must lie in [0, 10] (got {options.WeightDecay})."));
        if (!(options.GradClip >= 0 && double.IsFinite(options.GradClip))) errors.Add(Format($"Gradient clipping must be a finite number ≥ 0 (got {options.GradClip})."));
        errors.AddRange(ShortList("Checkpoint iterations", options.CheckpointIterations));
        errors.AddRange(Known("precision", options.Precision));
        return errors;
    }

    /// <summary>A learning rate above <see cref="MaxLearningRate"/> (or infinite); the trainers reject non-positive and NaN ones themselves.</summary>
    public static IEnumerable<string> LearningRate(double rate)
    {
        if (rate > MaxLearningRate) yield return Format($"The learning rate must be at most {MaxLearningRate} (got {rate}).");
    }

    private static string TooLarge(long parameters) =>
        Format($"The model would have {parameters:N0} parameters; at most {MaxModelParameters:N0} are allowed.");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
