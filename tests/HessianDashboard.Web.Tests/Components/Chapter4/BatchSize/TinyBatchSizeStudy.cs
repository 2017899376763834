using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4.BatchSize;

/// <summary>
/// A real batch-size study, computed once per test class on shared/data's MNIST: 200 samples, the model trained one
/// epoch, sizes 1 and 10 plus the full batch, 2 batches each, m = 12, on the hidden biases and the output layer
/// ("0.bias", "2.*": 186 parameters). The output layer alone would show no spurious negatives at all: its Hessian is
/// positive semi-definite (cross-entropy is convex in the logits, which are linear in it). Tests that read
/// <see cref="Result"/> skip without shared/data.
/// </summary>
public sealed class TinyBatchSizeStudy : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("hessian-batch-page-").FullName;
    private readonly Lazy<BatchSizeStudyResult> _result;

    public TinyBatchSizeStudy() => _result = new(() => BatchSizeStudyExperiment.Run(Request,
        new DataOptions { Directory = SharedData.DataDirectory, AllowDownload = false },
        new NetworkArtifactStore(new ArtifactStoreOptions { Directory = _artifacts })));

    public static BatchSizeStudyRequest Request => new()
    {
        Samples = 200, Epochs = 1, BatchSizes = [1, 10], Repeats = 2, Iterations = 12, ParameterPatterns = ["0.bias", "2.*"],
    };

    public BatchSizeStudyResult Result => _result.Value;

    public void Dispose() => Directory.Delete(_artifacts, recursive: true);
}
