namespace HessianDashboard.Torch.Data.Location;

/// <summary>The data sets the dashboard can locate, load and download.</summary>
public enum DatasetKind
{
    /// <summary>MNIST handwritten digits, IDX files ("mnist").</summary>
    Mnist,

    /// <summary>Zalando's FashionMNIST, IDX files with MNIST's names ("fashion-mnist").</summary>
    FashionMnist,

    /// <summary>CIFAR-10 binary batches, converted to grey 28 × 28 ("cifar10").</summary>
    Cifar10,

    /// <summary>Karpathy's TinyShakespeare <c>input.txt</c> ("tinyshakespeare").</summary>
    TinyShakespeare,
}
