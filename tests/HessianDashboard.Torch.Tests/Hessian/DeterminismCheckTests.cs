using HessianDashboard.Torch.Hessian;
using HessianDashboard.Torch.Tests.TestSupport;

namespace HessianDashboard.Torch.Tests.Hessian;

public sealed class DeterminismCheckTests
{
    [Fact]
    public void Constructor_DropoutInTrainingMode_IsRejectedWithEvalAdvice()
    {
        using var model = TestModels.DropoutNet(4, seed: 40, training: true);
        using var inputs = TestData.Matrix(TestData.Gaussian(10 * 4, 41), 10, 4);
        using var targets = TestData.Classes(10, 3, 42);
        Should.Throw<InvalidOperationException>(() => new HessianVectorProduct(model, inputs, targets))
            .Message.ShouldContain("Module.eval()");
    }

    [Fact]
    public void Constructor_DropoutInEvalMode_IsAccepted()
    {
        using var model = TestModels.DropoutNet(4, seed: 43, training: false);
        using var inputs = TestData.Matrix(TestData.Gaussian(10 * 4, 44), 10, 4);
        using var targets = TestData.Classes(10, 3, 45);
        using var hvp = new HessianVectorProduct(model, inputs, targets);
        hvp.Dimension.ShouldBe(4 * 4 + 4 + 4 * 3 + 3);
    }

    [Fact]
    public void Constructor_NoisyLossInEvalMode_IsRejectedAsNotDeterministic()
    {
        using var model = TestModels.Noisy(4, seed: 46);
        using var inputs = TestData.Matrix(TestData.Gaussian(10 * 4, 47), 10, 4);
        using var targets = TestData.Matrix(TestData.Gaussian(10 * 3, 48), 10, 3);
        Should.Throw<InvalidOperationException>(() => new HessianVectorProduct(model, inputs, targets))
            .Message.ShouldContain("not deterministic");
        // The check can be switched off deliberately (e.g. to study a noisy loss).
        using var unchecked_ = new HessianVectorProduct(model, inputs, targets, new HessianOptions { VerifyDeterminism = false });
        unchecked_.Dimension.ShouldBe(12);
    }
}
