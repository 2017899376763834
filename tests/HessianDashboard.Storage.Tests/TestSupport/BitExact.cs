using System.Text.Json;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Storage.Tests.TestSupport;

/// <summary>Bit-for-bit comparisons of results and events: every double by its 64 bits, everything else by its JSON.</summary>
public static class BitExact
{
    public static long[] Bits(IEnumerable<double> values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];

    public static void ShouldMatch(LanczosRunResult actual, LanczosRunResult expected)
    {
        Json(actual).ShouldBe(Json(expected));
        foreach (var (a, e) in new[]
        {
            (actual.Ritz, expected.Ritz), (actual.Residuals, expected.Residuals), (actual.Weights, expected.Weights),
            (actual.Truth ?? [], expected.Truth ?? []), (actual.OrthogonalityLoss, expected.OrthogonalityLoss),
            (actual.Alpha, expected.Alpha), (actual.Beta, expected.Beta),
        })
            Bits(a).ShouldBe(Bits(e));
    }

    public static void ShouldMatch(IReadOnlyList<RunEvent> actual, IReadOnlyList<RunEvent> expected)
    {
        actual.Count.ShouldBe(expected.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Json(actual[i]).ShouldBe(Json(expected[i]));
            if (expected[i].Step is not { } e) continue;
            var a = actual[i].Step.ShouldNotBeNull();
            Bits([a.Alpha, a.Beta, a.OrthogonalityLoss]).ShouldBe(Bits([e.Alpha, e.Beta, e.OrthogonalityLoss]));
            Bits(a.RitzValues).ShouldBe(Bits(e.RitzValues));
            Bits(a.ResidualBounds).ShouldBe(Bits(e.ResidualBounds));
        }
    }

    /// <summary>Plain <see cref="ExperimentJson"/> text (shortest round-trip numbers: equal text means equal doubles, NaN aside).</summary>
    public static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), ExperimentJson.Options);
}
