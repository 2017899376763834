using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Location;

namespace HessianDashboard.Experiments.Networks;

/// <summary>
/// Loads the data a network experiment names: the training split of an image set (the test split stands in when
/// the training split is not on this machine, and the manifest says so) with the test split beside it when it is a
/// different set, or TinyShakespeare. Where the files were found is kept for the manifest.
/// </summary>
public static class NetworkData
{
    /// <summary>The ids accepted for image data sets.</summary>
    public static readonly string[] ImageIds = ["mnist", "fashion-mnist", "cifar10"];

    /// <summary>The id of the text corpus.</summary>
    public const string TextId = "tinyshakespeare";

    /// <summary>Resolves a data-set id to its descriptor, or throws with the accepted ids.</summary>
    public static DatasetDescriptor Describe(string id) => DatasetCatalog.Parse(id);

    /// <summary>Training images (first <paramref name="limit"/> samples when given) and, when available and distinct, the test images.</summary>
    public static (ImageDataset Train, ImageDataset? Test, DataResolution Source) LoadImages(
        string id, DataOptions options, int? limit, bool withTest, CancellationToken cancellationToken)
    {
        var dataset = Describe(id);
        if (!ImageIds.Contains(dataset.Id)) throw new ArgumentException($"{dataset.DisplayName} is not an image data set; use {string.Join(", ", ImageIds)}.");
        var locator = new DataLocator(options);
        var train = locator.ResolveAsync(dataset.Kind, DataSplit.Train, allowTestAsTrain: true, cancellationToken).GetAwaiter().GetResult();
        var loadOptions = new ImageLoadOptions(limit);
        var images = DatasetLoader.LoadImages(train, loadOptions);
        ImageDataset? test = null;
        if (withTest && !train.IsSubstitute && locator.FindLocal(dataset, DataSplit.Test) is { } testFiles)
            test = DatasetLoader.LoadImages(testFiles);
        return (images, test, train);
    }

    /// <summary>TinyShakespeare.</summary>
    public static (CharCorpus Corpus, DataResolution Source) LoadCorpus(DataOptions options, CancellationToken cancellationToken)
    {
        var locator = new DataLocator(options);
        var resolution = locator.ResolveAsync(DatasetKind.TinyShakespeare, DataSplit.Train, allowTestAsTrain: false, cancellationToken).GetAwaiter().GetResult();
        return (DatasetLoader.LoadCorpus(resolution), resolution);
    }
}
