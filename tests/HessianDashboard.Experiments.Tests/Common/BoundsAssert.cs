using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Tests.Common;

/// <summary>Checks that a request with one absurd value is refused by its own validation with a message naming the problem.</summary>
internal static class BoundsAssert
{
    /// <summary><paramref name="valid"/> passes validation and <paramref name="absurd"/> fails it with a message containing <paramref name="expected"/>.</summary>
    public static void Refused(IExperimentRequest valid, IExperimentRequest absurd, string expected)
    {
        valid.Validate().ShouldBeEmpty("the base request is valid, so the absurd value alone is refused");
        var errors = absurd.Validate();
        errors.ShouldContain(e => e.Contains(expected, StringComparison.Ordinal), $"errors: {string.Join(" | ", errors)}");
    }
}
