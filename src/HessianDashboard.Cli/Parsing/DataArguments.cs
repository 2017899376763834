using HessianDashboard.Torch.Data.Location;

namespace HessianDashboard.Cli.Parsing;

/// <summary>The data options every data-reading command shares: <c>--data-dir DIR</c> (else HESSIAN_DATA_DIR), <c>--no-download</c>.</summary>
internal static class DataArguments
{
    public static readonly string[] Values = ["data-dir"];

    public static readonly string[] Flags = ["no-download"];

    public static DataOptions Options(ParsedArguments a)
    {
        string? directory = a.String("data-dir");
        if (directory is not null && !Directory.Exists(directory))
            throw new UsageException($"--data-dir {directory}: no such directory");
        return new DataOptions { Directory = directory, AllowDownload = !a.Flag("no-download") };
    }
}
