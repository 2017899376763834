using HessianDashboard.Torch.Data.Formats;
using HessianDashboard.Torch.Data.Text;

namespace HessianDashboard.Torch.Data.Location;

/// <summary>Reads resolved files into the in-memory forms the networks consume.</summary>
public static class DatasetLoader
{
    /// <summary>
    /// MNIST / FashionMNIST (IDX) or CIFAR-10 (grey 28 × 28) as an <see cref="ImageDataset"/> named like
    /// "MNIST test (10,000)" or, when substituted, "MNIST test (10,000) as training data".
    /// </summary>
    public static ImageDataset LoadImages(DataResolution resolution, ImageLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        string split = resolution.Split == DataSplit.Train ? "train" : "test";
        ImageDataset dataset = resolution.Dataset.Kind switch
        {
            DatasetKind.Mnist or DatasetKind.FashionMnist => IdxDataset.Load(resolution.Files[0], resolution.Files[1], resolution.Dataset.DisplayName, options),
            DatasetKind.Cifar10 => CifarReader.Load(resolution.Files, resolution.Dataset.DisplayName, options),
            _ => throw new ArgumentException($"{resolution.Dataset.DisplayName} is not an image data set.", nameof(resolution)),
        };
        string name = $"{resolution.Dataset.DisplayName} {split} ({dataset.Count:N0}){(resolution.IsSubstitute ? " as training data" : "")}";
        return dataset with { Name = name };
    }

    /// <summary>TinyShakespeare as a <see cref="CharCorpus"/>.</summary>
    public static CharCorpus LoadCorpus(DataResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (resolution.Dataset.Kind != DatasetKind.TinyShakespeare)
            throw new ArgumentException($"{resolution.Dataset.DisplayName} is not a text corpus.", nameof(resolution));
        return CharCorpusReader.Load(resolution.Files[0], resolution.Dataset.DisplayName);
    }
}
