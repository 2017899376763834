using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Tridiagonal;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// The steps of one Lanczos series in a run's log, in order. A series whose step number does not increase starts again
/// (a second start vector, a block's next run): that is a new segment labelled "series #2".
/// </summary>
public sealed record RunStepSegment(string Label, IReadOnlyList<LanczosStep> Steps)
{
    /// <summary>
    /// β at or below this fraction of the running norm estimate ends an invariant subspace: Lanczos restarts and puts 0
    /// in T_k instead (<see cref="LanczosOptions.BreakdownTolerance"/>'s default, which every job uses).
    /// </summary>
    public const double BreakdownTolerance = 1e-12;

    /// <summary>
    /// The Ritz values of the last step's T_k with weights z_{1,i}² and residual bounds |β_k z_{k,i}|, from the segment's
    /// α_1..α_k and β_1..β_k — a β that marked a restart (below <see cref="BreakdownTolerance"/> of the norm estimate
    /// |α_j| + β_j + β_{j−1}, maximised so far, as the core computes it) counts as the 0 Lanczos put in T_k. When the steps
    /// do not run 1..k (or hold a non-finite entry): the last step's own Ritz values and residual bounds with NaN weights.
    /// </summary>
    public FinalSpectrum FinalSpectrum()
    {
        var last = Steps[^1];
        bool complete = Steps.Select((s, i) => s.K == i + 1).All(ok => ok) && Steps.All(s => double.IsFinite(s.Alpha) && double.IsFinite(s.Beta));
        if (!complete)
            return new FinalSpectrum(last.RitzValues, [.. last.RitzValues.Select(_ => double.NaN)],
                last.ResidualBounds.Length == last.RitzValues.Length ? last.ResidualBounds : [.. last.RitzValues.Select(_ => double.NaN)]);
        double[] alpha = [.. Steps.Select(s => s.Alpha)];
        var beta = new double[Steps.Count];
        double norm = 0;
        for (int j = 0; j < Steps.Count; j++)
        {
            double b = Steps[j].Beta;
            norm = Math.Max(norm, Math.Abs(alpha[j]) + b + (j > 0 ? beta[j - 1] : 0));
            beta[j] = j < Steps.Count - 1 && !(b > BreakdownTolerance * norm) ? 0 : b;
        }
        var pairs = SymmetricTridiagonalEigensolver.Solve(alpha, beta.AsSpan(0, Steps.Count - 1));
        return new FinalSpectrum(pairs.Values, [.. pairs.FirstComponents.Select(z => z * z)],
            [.. pairs.LastComponents.Select(z => Math.Abs(last.Beta * z))]);
    }
}
