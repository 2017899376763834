using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4;

/// <summary>
/// One real <see cref="ExactVsLanczosResult"/> for a test class: MNIST (shared/data's test split), 200 samples, one
/// epoch, the output layer's 170 parameters, 12 Lanczos steps — seconds. Computed on first use, so a test without
/// shared/data skips instead of failing in the fixture.
/// </summary>
public sealed class TinyExactVsLanczos : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("hessian-evl-").FullName;
    private readonly Lazy<ExactVsLanczosResult> _result;
    private readonly Lazy<ExactVsLanczosResult> _again;

    public TinyExactVsLanczos()
    {
        _result = new(Compute);
        _again = new(() =>
        {
            _ = _result.Value;
            return Compute();
        });
    }

    public static ExactVsLanczosRequest Request { get; } = new()
    {
        Datasets = ["mnist"], Samples = 200, Epochs = 1, Iterations = 12, ParameterPatterns = ["2.*"], HistogramBins = 20,
    };

    /// <summary>The result; skips the calling test when shared/data is absent.</summary>
    public ExactVsLanczosResult Result
    {
        get
        {
            _ = SharedData.DataDirectory;
            return _result.Value;
        }
    }

    /// <summary>The same request run again on the same artifact store: training and both exact spectra reused.</summary>
    public ExactVsLanczosResult Again
    {
        get
        {
            _ = SharedData.DataDirectory;
            return _again.Value;
        }
    }

    private ExactVsLanczosResult Compute()
    {
        var data = new DataOptions { Directory = SharedData.DataDirectory, AllowDownload = false, SystemRoots = [], ReadEnvironment = _ => null };
        return ExactVsLanczosExperiment.Run(Request, data, new NetworkArtifactStore(new ArtifactStoreOptions { Directory = _artifacts }));
    }

    public void Dispose()
    {
        if (Directory.Exists(_artifacts)) Directory.Delete(_artifacts, recursive: true);
    }
}
