using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Storage.Serialization;
using HessianDashboard.Storage.Tests.TestSupport;

namespace HessianDashboard.Storage.Tests.Serialization;

public class RequestParametersTests
{
    [Fact]
    public void Flatten_LanczosRequest_GivesDottedLowerCasePathsWithNumbersAndTexts()
    {
        var request = new LanczosRunRequest
        {
            Source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, 300, 7)),
            Variant = Reorthogonalization.Selective,
            Iterations = 120,
        };

        var parameters = RequestParameters.Flatten(RunSamples.RequestJson(request));

        parameters.ShouldContain(new RequestParameter("source.synthetic.n", null, 300));
        parameters.ShouldContain(new RequestParameter("source.synthetic.kind", "custom", null));
        parameters.ShouldContain(new RequestParameter("variant", "selective", null));
        parameters.ShouldContain(new RequestParameter("iterations", null, 120));
        parameters.ShouldContain(new RequestParameter("ritzvalueseachstep", "true", null));
        parameters.ShouldNotContain(p => p.Path == "source.matrixmarketpath"); // null: left out
    }

    [Fact]
    public void Flatten_LongArraysAndNonJson_AreBoundedAndNeverThrow()
    {
        string json = "{\"epochs\":[" + string.Join(",", Enumerable.Range(0, 100)) + "],\"name\":\"" + new string('X', 500) + "\"}";

        var parameters = RequestParameters.Flatten(json);

        parameters.Count(p => p.Path == "epochs").ShouldBe(RequestParameters.MaxArrayElements);
        parameters.Single(p => p.Path == "name").Text.ShouldBe(new string('x', RequestParameters.MaxLength));
        RequestParameters.Flatten("not json").ShouldBeEmpty();
    }
}
