namespace HessianDashboard.Torch.Data.Location;

/// <summary>A data set's files are neither present nor downloadable; the message says which files to put where.</summary>
public sealed class DataNotFoundException : Exception
{
    /// <summary>Creates the exception with the full advice as its message.</summary>
    public DataNotFoundException(DatasetKind dataset, DataSplit split, string message, Exception? inner = null)
        : base(message, inner)
    {
        Dataset = dataset;
        Split = split;
    }

    /// <summary>The data set asked for.</summary>
    public DatasetKind Dataset { get; }

    /// <summary>The split asked for.</summary>
    public DataSplit Split { get; }
}
