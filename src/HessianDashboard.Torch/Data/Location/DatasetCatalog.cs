namespace HessianDashboard.Torch.Data.Location;

/// <summary>
/// The known data sets: file names, folders and canonical downloads with the MD5 checksums published by their
/// authors and used by torchvision (MNIST, FashionMNIST, CIFAR-10) or of karpathy/char-rnn's file (TinyShakespeare).
/// </summary>
public static class DatasetCatalog
{
    private static readonly string[] IdxTrain = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"];
    private static readonly string[] IdxTest = ["t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"];

    /// <summary>MNIST: the torchvision mirror first, then Yann LeCun's original site.</summary>
    public static DatasetDescriptor Mnist { get; } = new(
        DatasetKind.Mnist, "mnist", "MNIST", ["mnist", "MNIST"], IdxTrain, IdxTest,
        [
            Idx("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873", MnistMirrors),
            Idx("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432", MnistMirrors),
            Idx("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3", MnistMirrors),
            Idx("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c", MnistMirrors),
        ]);

    /// <summary>FashionMNIST (Zalando Research), same file names as MNIST.</summary>
    public static DatasetDescriptor FashionMnist { get; } = new(
        DatasetKind.FashionMnist, "fashion-mnist", "FashionMNIST", ["fashion-mnist", "FashionMNIST"], IdxTrain, IdxTest,
        [
            Idx("train-images-idx3-ubyte.gz", "8d4fb7e6c68d591d4c3dfef9ec88bf0d", FashionMirrors),
            Idx("train-labels-idx1-ubyte.gz", "25c81989df183df01b3e8a0aad5dffbe", FashionMirrors),
            Idx("t10k-images-idx3-ubyte.gz", "bef4ecab320f06d8554ea6380940ec79", FashionMirrors),
            Idx("t10k-labels-idx1-ubyte.gz", "bb300cfdad3c16e7a12a480ee83cd310", FashionMirrors),
        ]);

    /// <summary>CIFAR-10 binary version: one .tar.gz holding cifar-10-batches-bin/*.bin.</summary>
    public static DatasetDescriptor Cifar10 { get; } = new(
        DatasetKind.Cifar10, "cifar10", "CIFAR-10", ["cifar10", "cifar-10-batches-bin"],
        ["data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin"],
        ["test_batch.bin"],
        [
            new DownloadSource(
                "cifar-10-binary.tar.gz", "c32a1d4ab5d03f1284b67883e8d87530",
                [new Uri("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz")],
                ["data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin", "test_batch.bin"]),
        ]);

    /// <summary>TinyShakespeare: 1,115,394 characters, 65 distinct.</summary>
    public static DatasetDescriptor TinyShakespeare { get; } = new(
        DatasetKind.TinyShakespeare, "tinyshakespeare", "TinyShakespeare", ["tinyshakespeare", "shakespeare_char"], ["input.txt"], [],
        [
            new DownloadSource(
                "input.txt", "6fb458f1232090904fb40fe944165e91",
                [new Uri("https://raw.githubusercontent.com/karpathy/char-rnn/master/data/tinyshakespeare/input.txt")]),
        ]);

    /// <summary>Every known data set.</summary>
    public static IReadOnlyList<DatasetDescriptor> All { get; } = [Mnist, FashionMnist, Cifar10, TinyShakespeare];

    private static string[] MnistMirrors => ["https://ossci-datasets.s3.amazonaws.com/mnist/", "http://yann.lecun.com/exdb/mnist/"];

    private static string[] FashionMirrors => ["http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"];

    /// <summary>The descriptor of <paramref name="kind"/>.</summary>
    public static DatasetDescriptor Get(DatasetKind kind) => All.Single(d => d.Kind == kind);

    /// <summary>Parses a name such as "mnist", "fashion-mnist", "FashionMNIST", "cifar10", "cifar-10" or "tinyshakespeare" (case and '-'/'_' insensitive).</summary>
    /// <exception cref="ArgumentException">The name is not a known data set; the message lists the known ones.</exception>
    public static DatasetDescriptor Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        static string Normalize(string s) => s.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        string key = Normalize(name.Trim());
        return All.FirstOrDefault(d => Normalize(d.Id) == key || Normalize(d.DisplayName) == key)
            ?? throw new ArgumentException($"Unknown data set '{name}'. Known: {string.Join(", ", All.Select(d => d.Id))}.", nameof(name));
    }

    private static DownloadSource Idx(string file, string md5, string[] mirrors) =>
        new(file, md5, [.. mirrors.Select(m => new Uri(new Uri(m), file))]);
}
