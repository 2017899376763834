using HessianDashboard.Core.Spectrum;

namespace HessianDashboard.Core.Tests.Spectrum;

public sealed class PowerIterationOptionsTests
{
    [Theory]
    [InlineData(0, 1000, 1e-8, "Count")]
    [InlineData(41, 1000, 1e-8, "Count")]
    [InlineData(1, 0, 1e-8, "MaxIterations")]
    [InlineData(1, 1000, 0.0, "Tolerance")]
    [InlineData(1, 1000, 1.0, "Tolerance")]
    [InlineData(1, 1000, double.NaN, "Tolerance")]
    public void Validate_OutOfRange_ThrowsNamingTheOption(int count, int maxIterations, double tolerance, string name)
    {
        var options = new PowerIterationOptions { Count = count, MaxIterations = maxIterations, Tolerance = tolerance };

        Should.Throw<ArgumentException>(() => options.Validate(40)).Message.ShouldContain(name);
        Should.Throw<ArgumentException>(() => PowerIteration.Run(PowerIterationTests.Matrix().Operator, options, null, PowerIterationTests.Token));
    }

    [Fact]
    public void Validate_UnknownStoppingRule_Throws()
    {
        var options = new PowerIterationOptions { Stopping = (PowerIterationStopping)99 };

        Should.Throw<ArgumentException>(() => options.Validate(5)).Message.ShouldContain("stopping");
    }

    [Fact]
    public void Validate_Defaults_AreAccepted()
    {
        var options = new PowerIterationOptions();

        Should.NotThrow(() => options.Validate(1));
        options.Count.ShouldBe(1);
        options.MaxIterations.ShouldBe(1000);
        options.Tolerance.ShouldBe(1e-8);
        options.Stopping.ShouldBe(PowerIterationStopping.Residual);
    }
}
