using HessianDashboard.Core.Tridiagonal;

namespace HessianDashboard.Core.Spectrum;

/// <summary>Assembles a <see cref="LanczosResult"/> from a finished (or stopped) iteration.</summary>
internal static class LanczosResultBuilder
{
    public static LanczosResult Build(LanczosIteration run, LanczosStatus status, string? message, TimeSpan elapsed)
    {
        var alpha = run.Alpha.ToArray();
        var beta = run.Beta.Take(alpha.Length).ToArray();
        TridiagonalEigenpairs eig;
        if (alpha.Length == 0)
            eig = new TridiagonalEigenpairs([], [], []);
        else if (run.LastEigenpairs is { } last && last.Values.Length == alpha.Length)
            eig = last;
        else
            eig = SymmetricTridiagonalEigensolver.Solve(alpha, beta.AsSpan(0, alpha.Length - 1));
        double finalBeta = beta.Length > 0 ? beta[^1] : 0;
        return new LanczosResult
        {
            Status = status,
            Message = message,
            Dimension = run.Dimension,
            Reorthogonalization = run.Options.Reorthogonalization,
            Alpha = alpha,
            Beta = beta,
            RitzValues = eig.Values,
            ResidualBounds = LanczosIteration.ResidualBounds(eig.LastComponents, finalBeta),
            FirstComponents = eig.FirstComponents,
            OrthogonalityLoss = run.OrthogonalityLosses.Take(alpha.Length).ToArray(),
            ReorthogonalizationInnerProducts = run.InnerProducts,
            ReorthogonalizedSteps = run.ReorthogonalizedSteps,
            Restarts = run.Restarts,
            Elapsed = elapsed,
            OperatorTime = run.OperatorTime,
            Basis = run.Options.KeepBasis && run.Basis is not null ? run.Basis.ToArrays().Take(alpha.Length).ToArray() : null,
        };
    }
}
