using HessianDashboard.Core.Operators;

namespace HessianDashboard.Experiments.Sources;

/// <summary>An operator ready for Lanczos, with its true eigenvalues (ascending) when known.</summary>
public sealed record ResolvedMatrix(ISymmetricOperator Operator, double[]? Truth, string Description);
