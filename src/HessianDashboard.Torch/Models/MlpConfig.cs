namespace HessianDashboard.Torch.Models;

/// <summary>
/// Sizes of the one-hidden-layer sigmoid network of the thesis (ch. 4.1): Linear(Inputs, Hidden),
/// Sigmoid, Linear(Hidden, Classes). The default 784-16-10 has 12,730 parameters.
/// </summary>
/// <param name="Inputs">Input features (784 = 28 × 28 grey pixels).</param>
/// <param name="Hidden">Sigmoid hidden units (16).</param>
/// <param name="Classes">Output classes (10).</param>
public sealed record MlpConfig(int Inputs = 784, int Hidden = 16, int Classes = 10)
{
    /// <summary>The thesis configuration, 784-16-10.</summary>
    public static MlpConfig Thesis { get; } = new();

    /// <summary>(Inputs + 1)·Hidden + (Hidden + 1)·Classes: weights and biases of both layers.</summary>
    public long ParameterCount => (Inputs + 1L) * Hidden + (Hidden + 1L) * Classes;

    /// <summary>Throws when a size is not positive.</summary>
    public void Validate()
    {
        if (Inputs < 1 || Hidden < 1 || Classes < 2)
            throw new ArgumentException($"MLP sizes must be positive with at least 2 classes, got {Inputs}-{Hidden}-{Classes}.");
    }

    /// <inheritdoc />
    public override string ToString() => $"{Inputs}-{Hidden}-{Classes}";
}
