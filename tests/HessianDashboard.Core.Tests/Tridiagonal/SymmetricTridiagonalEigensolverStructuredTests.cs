using HessianDashboard.Core.Tridiagonal;
using static HessianDashboard.Core.Tests.Tridiagonal.TridiagonalOracle;

namespace HessianDashboard.Core.Tests.Tridiagonal;

/// <summary>Hard structure (splits, repeated and clustered eigenvalues, grading, extreme scale), full vectors and bad inputs.</summary>
public sealed class SymmetricTridiagonalEigensolverStructuredTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Solve_BlockDiagonalWithRepeatedEigenvalues_MatchesDenseEvd()
    {
        // Three copies of the same 4×4 block separated by zero off-diagonals: every eigenvalue has multiplicity 3.
        var (blockAlpha, blockBeta) = Random(4, 41);
        var alpha = new List<double>();
        var beta = new List<double>();
        for (int copy = 0; copy < 3; copy++)
        {
            if (copy > 0) beta.Add(0);
            alpha.AddRange(blockAlpha);
            beta.AddRange(blockBeta);
        }
        double[] a = [.. alpha], b = [.. beta];
        var (refValues, _) = DenseEvd(a, b);

        var pairs = SymmetricTridiagonalEigensolver.Solve(a, b);
        var (values, vectors) = SymmetricTridiagonalEigensolver.SolveWithVectors(a, b);

        pairs.Values.ShouldBe(refValues, Tolerance * Norm(refValues));
        ShouldSatisfyMomentIdentities(pairs, a, b, Tolerance);
        var (residual, orthogonality) = Check(a, b, values, vectors);
        residual.ShouldBeLessThan(Tolerance);
        orthogonality.ShouldBeLessThan(Tolerance);
    }

    [Fact]
    public void Solve_WilkinsonW21Plus_ResolvesClosePairs()
    {
        // W21+: diagonal |10 − i| (i = 0..20), unit off-diagonal; its top eigenvalues come in pairs ~1e-14 apart.
        double[] alpha = [.. Enumerable.Range(0, 21).Select(i => (double)Math.Abs(10 - i))];
        double[] beta = [.. Enumerable.Repeat(1.0, 20)];
        var (refValues, _) = DenseEvd(alpha, beta);

        var pairs = SymmetricTridiagonalEigensolver.Solve(alpha, beta);
        var (values, vectors) = SymmetricTridiagonalEigensolver.SolveWithVectors(alpha, beta);

        pairs.Values.ShouldBe(refValues, Tolerance * Norm(refValues));
        pairs.Values[20].ShouldBe(10.746194182903393, 1e-13);
        (pairs.Values[20] - pairs.Values[19]).ShouldBeLessThan(1e-12);
        ShouldSatisfyMomentIdentities(pairs, alpha, beta, Tolerance);
        var (residual, orthogonality) = Check(alpha, beta, values, vectors);
        residual.ShouldBeLessThan(Tolerance);
        orthogonality.ShouldBeLessThan(Tolerance);
    }

    [Fact]
    public void Solve_GradedMatrix_MatchesDenseEvdAndKeepsTinyEigenvaluesRelativelyAccurate()
    {
        // α_i = 10^(150 − 15 i), β_i = √(α_i α_{i+1})/2: entries from 1e150 down to 1e-150.
        const int k = 21;
        var (alpha, beta) = StructuredTridiagonals.Graded(k, i => 150 - 15 * i);
        var (refValues, _) = DenseEvd(alpha, beta);

        var pairs = SymmetricTridiagonalEigensolver.Solve(alpha, beta);

        pairs.Values.ShouldBe(refValues, Tolerance * Norm(refValues));
        ShouldSatisfyMomentIdentities(pairs, alpha, beta, Tolerance);
        // Best effort beyond the normwise guarantee: on this strongly graded matrix every eigenvalue, down to
        // 5e-151, comes out with a small relative error (reference: 420-digit mpmath eigsy).
        double[] smallest = [5.2380952380952333e-151, 5.25e-136, 5.2631578947368421e-121, 5.2777777777777778e-106];
        for (int i = 0; i < smallest.Length; i++)
            pairs.Values[i].ShouldBe(smallest[i], 1e-12 * smallest[i]);
        // Reversing the matrix (P T P) must give the same spectrum with first and last components swapped.
        var reversed = SymmetricTridiagonalEigensolver.Solve([.. alpha.Reverse()], [.. beta.Reverse()]);
        reversed.Values.ShouldBe(pairs.Values, Tolerance * Norm(refValues));
        for (int i = 0; i < k; i++)
            Math.Abs(reversed.FirstComponents[i]).ShouldBe(Math.Abs(pairs.LastComponents[i]), Tolerance);
    }

    public static TheoryData<string> HardGradings => ["valley", "peak", "opposite blocks"];

    [Theory]
    [MemberData(nameof(HardGradings))]
    public void Solve_HardGrading_ConvergesWithNormwiseAccuracy(string shape)
    {
        // Shapes where an off-diagonal tiny against ‖T‖ but not against its neighbours damps the QL bulge
        // away; the solver must notice the stall and fall back to normwise deflation.
        var (alpha, beta) = shape switch
        {
            "valley" => StructuredTridiagonals.Graded(21, i => -30 * (10 - Math.Abs(i - 10))),
            "peak" => StructuredTridiagonals.Graded(21, i => -30 * Math.Abs(i - 10)),
            _ => StructuredTridiagonals.Graded(42, i => i < 21 ? -15 * i : -15 * (41 - i)),
        };
        if (shape == "opposite blocks") beta[20] = 0;
        var (refValues, _) = DenseEvd(alpha, beta);

        var pairs = SymmetricTridiagonalEigensolver.Solve(alpha, beta);
        var (values, vectors) = SymmetricTridiagonalEigensolver.SolveWithVectors(alpha, beta);

        pairs.Values.ShouldBe(refValues, Tolerance * Norm(refValues));
        ShouldSatisfyMomentIdentities(pairs, alpha, beta, Tolerance);
        var (residual, orthogonality) = Check(alpha, beta, values, vectors);
        residual.ShouldBeLessThan(Tolerance);
        orthogonality.ShouldBeLessThan(Tolerance);
    }

    [Fact]
    public void SolveWithVectors_SubnormalRotations_StayOrthonormal()
    {
        // The bulge chase meets f, g ≈ 1e-322 (a few significant bits); a naive √(f² + g²) gives c² + s² ≈ 1.01.
        double[] alpha = [0, 0, 0, 1];
        double[] beta = [1e-16, 1e-300, 1000];

        var (values, vectors) = SymmetricTridiagonalEigensolver.SolveWithVectors(alpha, beta);

        var (residual, orthogonality) = Check(alpha, beta, values, vectors);
        residual.ShouldBeLessThan(Tolerance);
        orthogonality.ShouldBeLessThan(Tolerance);
    }

    [Fact]
    public void AllEntryPoints_SeededAdversarialMatrices_AreBackwardStableAndConsistent()
    {
        for (int seed = 0; seed < 400; seed++)
        {
            var (alpha, beta) = StructuredTridiagonals.Create(seed, maxSize: 40);
            int k = alpha.Length;
            var (refValues, _) = DenseEvd(alpha, beta);
            var pairs = SymmetricTridiagonalEigensolver.Solve(alpha, beta);
            var (values, vectors) = SymmetricTridiagonalEigensolver.SolveWithVectors(alpha, beta);
            double norm = Norm(refValues);

            var (residual, orthogonality) = Check(alpha, beta, values, vectors);
            residual.ShouldBeLessThan(Tolerance, $"seed {seed}");
            orthogonality.ShouldBeLessThan(Tolerance, $"seed {seed}");
            SymmetricTridiagonalEigensolver.Eigenvalues(alpha, beta).ShouldBe(pairs.Values, $"seed {seed}");
            for (int i = 0; i < k; i++)
            {
                pairs.Values[i].ShouldBe(refValues[i], Tolerance * norm, $"seed {seed}");
                values[i].ShouldBe(pairs.Values[i], $"seed {seed}");
                pairs.FirstComponents[i].ShouldBe(vectors[i], 1e-15, $"seed {seed}");
                pairs.LastComponents[i].ShouldBe(vectors[(k - 1) * k + i], 1e-15, $"seed {seed}");
            }
        }
    }

    [Theory]
    [InlineData(1e300)]
    [InlineData(1e-300)]
    [InlineData(1e-310)]
    [InlineData(-3e307)]
    public void Solve_ExtremeScale_IsScaleEquivariant(double factor)
    {
        var (alpha, beta) = Random(50, 51);
        var reference = SymmetricTridiagonalEigensolver.Solve(alpha, beta);

        var scaled = SymmetricTridiagonalEigensolver.Solve([.. alpha.Select(v => v * factor)], [.. beta.Select(v => v * factor)]);

        double magnitude = Math.Abs(factor) * Norm(reference.Values);
        double[] expected = [.. reference.Values.Select(v => v * factor).Order()];
        // Subnormal inputs (1e-310) keep only ~14 digits, so compare at 1e-10 there.
        double relative = Math.Abs(factor) < 1e-300 ? 1e-10 : Tolerance;
        for (int i = 0; i < expected.Length; i++)
        {
            double.IsFinite(scaled.Values[i]).ShouldBeTrue();
            scaled.Values[i].ShouldBe(expected[i], relative * magnitude);
        }
        ShouldSatisfyMomentIdentities(
            new TridiagonalEigenpairs([.. scaled.Values.Select(v => v / factor)], scaled.FirstComponents, scaled.LastComponents),
            alpha, beta, relative);
    }

    [Fact]
    public void Solve_OffDiagonalLongerThanNeeded_IgnoresExtraEntries()
    {
        var (alpha, beta) = Random(6, 61);
        var exact = SymmetricTridiagonalEigensolver.Solve(alpha, beta);
        var padded = SymmetricTridiagonalEigensolver.Solve(alpha, [.. beta, 123.0, double.NaN]);
        padded.ShouldBeEquivalentTo(exact);
        SymmetricTridiagonalEigensolver.Eigenvalues(alpha, [.. beta, 9.0]).ShouldBe(exact.Values);
    }

    [Theory]
    [InlineData(1, 71)]
    [InlineData(2, 72)]
    [InlineData(10, 73)]
    [InlineData(100, 74)]
    [InlineData(300, 75)]
    public void SolveWithVectors_RandomTridiagonal_IsOrthonormalEigenbasisConsistentWithSolve(int k, int seed)
    {
        var (alpha, beta) = Random(k, seed);
        var (values, vectors) = SymmetricTridiagonalEigensolver.SolveWithVectors(alpha, beta);
        var pairs = SymmetricTridiagonalEigensolver.Solve(alpha, beta);

        var (residual, orthogonality) = Check(alpha, beta, values, vectors);
        residual.ShouldBeLessThan(Tolerance);
        orthogonality.ShouldBeLessThan(Tolerance);
        double norm = Norm(values);
        for (int i = 0; i < k; i++)
        {
            values[i].ShouldBe(pairs.Values[i], Tolerance * norm);
            if (Gap(values, i) < 1e-4 * norm) continue;
            // Same sign convention, so the rows agree with sign, not just in magnitude.
            vectors[i].ShouldBe(pairs.FirstComponents[i], 1e-9);
            vectors[(k - 1) * k + i].ShouldBe(pairs.LastComponents[i], 1e-9);
        }
    }

    public static TheoryData<double[], double[]> BadInputs => new()
    {
        { [], [] },
        { [1.0, 2.0, 3.0], [1.0] },
        { [1.0, double.NaN], [1.0] },
        { [1.0, 2.0], [double.PositiveInfinity] },
        { [double.NegativeInfinity], [] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void AllEntryPoints_BadInput_ThrowArgumentException(double[] alpha, double[] beta)
    {
        Should.Throw<ArgumentException>(() => SymmetricTridiagonalEigensolver.Solve(alpha, beta)).Message.ShouldNotBeNullOrWhiteSpace();
        Should.Throw<ArgumentException>(() => SymmetricTridiagonalEigensolver.Eigenvalues(alpha, beta));
        Should.Throw<ArgumentException>(() => SymmetricTridiagonalEigensolver.SolveWithVectors(alpha, beta));
    }
}
