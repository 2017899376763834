using System.Diagnostics;
using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Torch.Tests.Training;

/// <summary>Thesis-size runs, minutes long on a shared 2-core machine: run explicitly.</summary>
public sealed class ThesisScaleTrainingTests(ITestOutputHelper output)
{
    [Fact(Explicit = true)]
    [Trait("Category", "Long")]
    public async Task TrainAsync_ThesisNanoGptFewIterations_LowersLossAndReportsSpeed()
    {
        var random = new Random(1);
        string text = string.Concat(Enumerable.Range(0, 20_000).Select(_ => "the quick brown fox jumps over the lazy dog. "[random.Next(45)]));
        char[] vocabulary = text.Distinct().Order().ToArray();
        var corpus = new CharCorpus("random letters", vocabulary, text.Select(c => Array.IndexOf(vocabulary, c)).ToArray());
        var options = new NanoGptTrainingOptions
        {
            Iterations = 30, EvalInterval = 30, EvalIterations = 5, CheckpointIterations = [], Schedule = new LearningRateSchedule(DecayIterations: 30, WarmupIterations: 5),
        };
        var clock = Stopwatch.StartNew();
        NanoGptTrainingResult result = await NanoGptTrainer.TrainAsync(corpus, options, null, TestContext.Current.CancellationToken);
        output.WriteLine($"{options.Iterations} float64 iterations of 12×64 in {clock.Elapsed.TotalSeconds:F1} s; losses {string.Join(", ", result.Evaluations)}");
        result.Evaluations[^1].TrainLoss.ShouldBeLessThan(result.Evaluations[0].TrainLoss);
        using var thesis = new NanoGpt(options.Model with { VocabularySize = 65 });
        thesis.ParameterCount.ShouldBe(804_096);
    }
}
