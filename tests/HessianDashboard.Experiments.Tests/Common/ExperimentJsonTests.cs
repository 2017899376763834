using System.Text.Json;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Experiments.Tests.Common;

public class ExperimentJsonTests
{
    [Fact]
    public void Configure_PlainOptions_WritesEnumsAsKebabStringsAndNaNAsAString()
    {
        var options = ExperimentJson.Configure(new JsonSerializerOptions());

        JsonSerializer.Serialize(RunEventKind.StateChanged, options).ShouldBe("\"state-changed\"");
        JsonSerializer.Serialize(double.NaN, options).ShouldBe("\"NaN\"");
        JsonSerializer.Deserialize<RunState>("\"succeeded\"", options).ShouldBe(RunState.Succeeded);
        double.IsPositiveInfinity(JsonSerializer.Deserialize<double>("\"Infinity\"", options)).ShouldBeTrue();
    }
}
