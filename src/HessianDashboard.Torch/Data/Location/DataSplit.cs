namespace HessianDashboard.Torch.Data.Location;

/// <summary>The published split of a data set's files. TinyShakespeare has one file (<see cref="Train"/>), split 90/10 in memory.</summary>
public enum DataSplit
{
    /// <summary>The training files (MNIST/FashionMNIST 60,000, CIFAR-10 50,000; TinyShakespeare's whole text).</summary>
    Train,

    /// <summary>The test files (10,000 images).</summary>
    Test,
}
