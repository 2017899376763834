namespace HessianDashboard.Core.Spectrum;

/// <summary>A report after each power-iteration step (one operator application).</summary>
/// <param name="PairIndex">0-based index of the pair being computed.</param>
/// <param name="Iteration">1-based iteration within that pair.</param>
/// <param name="Eigenvalue">The current Rayleigh quotient λ = xᵀAx.</param>
/// <param name="Residual">The deflated residual ‖P(Ax) − λx‖ that the stopping test uses (see <see cref="PowerIterationStopping"/>).</param>
public readonly record struct PowerIterationProgress(int PairIndex, int Iteration, double Eigenvalue, double Residual);
