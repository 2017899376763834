using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Experiments.Tests.Jobs;
using HessianDashboard.Experiments.Tests.Jobs.Store;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Tests.Common;

public sealed class ServerFileReferencesTests
{
    public static TheoryData<string> Kinds => RunKindCases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Find_TheTestRequestOfEveryKind_NamesNoServerFile(string kind) =>
        ServerFileReferences.Find(RunKindCases.Request(kind)).ShouldBeNull();

    public static TheoryData<string, string> WithFiles => new()
    {
        { "lanczos on a file", "matrixMarketPath" },
        { "comparison on a file", "matrixMarketPath" },
        { "network spectrum of a checkpoint", "checkpoint" },
        { "network spectrum with a row file", "exactRowFile" },
        { "batch-size study of a checkpoint", "checkpoint" },
        { "block spectra of a checkpoint", "checkpoint" },
        { "training into a folder", "outputDirectory" },
        { "nanogpt training into a folder", "outputDirectory" },
    };

    [Theory]
    [MemberData(nameof(WithFiles))]
    public void Find_RequestNamingAFile_ReturnsTheMembersJsonName(string name, string member)
    {
        IExperimentRequest request = name switch
        {
            "lanczos on a file" => RunnerHarness.SmallLanczos() with { Source = MatrixSource.FromFile("/data/a.mtx") },
            "comparison on a file" => new SpectrumComparisonRequest { Matrix = MatrixSource.FromFile("/data/a.mtx") },
            "network spectrum of a checkpoint" => new NetworkSpectrumRequest { Checkpoint = "/srv/ck.safetensors" },
            "network spectrum with a row file" => new NetworkSpectrumRequest { Model = Torch.Models.ModelKind.Mlp, Exact = true, ExactRowFile = "/tmp/rows" },
            "batch-size study of a checkpoint" => new BatchSizeStudyRequest { Checkpoint = "/srv/ck.safetensors" },
            "block spectra of a checkpoint" => new BlockSpectraRequest { Checkpoint = "/srv/ck.safetensors" },
            "training into a folder" => new TrainMlpRequest { Options = new MlpTrainingOptions { OutputDirectory = "/etc" } },
            _ => new TrainNanoGptRequest { Options = new NanoGptTrainingOptions { OutputDirectory = "/etc" } },
        };

        ServerFileReferences.Find(request).ShouldBe(member);
    }
}
