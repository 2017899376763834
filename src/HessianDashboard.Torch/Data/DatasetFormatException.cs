namespace HessianDashboard.Torch.Data;

/// <summary>
/// A data file that cannot be read as the format it should have (IDX, CIFAR-10 binary, text corpus).
/// The message starts with the file's path and says what was expected and what was found.
/// </summary>
public sealed class DatasetFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="path"/> with a detail such as "magic 0x00000802, expected 0x00000803".</summary>
    public DatasetFormatException(string path, string detail, Exception? inner = null)
        : base($"{path}: {detail}", inner)
    {
        Path = path;
        Detail = detail;
    }

    /// <summary>The file at fault.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Detail { get; }
}
