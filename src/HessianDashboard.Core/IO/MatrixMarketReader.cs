namespace HessianDashboard.Core.IO;

/// <summary>
/// Reads Matrix Market files (<c>%%MatrixMarket matrix coordinate|array real|integer|pattern general|symmetric</c>)
/// with '%' comments and blank lines anywhere after the banner. Complex, skew-symmetric and hermitian files are
/// rejected: the dashboard needs a real symmetric operator. Keywords are case-insensitive and 'double' is
/// accepted as a synonym of 'real'.
/// </summary>
/// <remarks>Every problem with the text is reported as a <see cref="MatrixMarketFormatException"/> naming the line.</remarks>
public static class MatrixMarketReader
{
    /// <summary>The default size limit of <see cref="ReadFile"/>: 256 MiB.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    /// <summary>Reads the file at <paramref name="path"/>, refusing files larger than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="MatrixMarketFormatException">The file is too large (line 0) or malformed.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static MatrixMarketMatrix ReadFile(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"Matrix Market file '{path}' does not exist.", path);
        if (info.Length > maxBytes)
            throw new MatrixMarketFormatException(0, $"the file is {info.Length} bytes, more than the limit of {maxBytes} bytes");
        using var reader = new StreamReader(info.FullName);
        return Read(reader);
    }

    /// <summary>Reads one matrix from <paramref name="reader"/> (to its end).</summary>
    /// <returns>The header and the stored entries (0-based indices, as they appear in the file).</returns>
    /// <exception cref="MatrixMarketFormatException">The text is not a supported Matrix Market matrix.</exception>
    public static MatrixMarketMatrix Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? banner = reader.ReadLine();
        if (banner is null || (string.IsNullOrWhiteSpace(banner) && string.IsNullOrWhiteSpace(reader.ReadToEnd())))
            throw new MatrixMarketFormatException(1, "the file is empty; expected a '%%MatrixMarket' banner");
        var header = MatrixMarketHeader.ParseBanner(banner, 1);
        int lineNumber = 1;
        MatrixMarketEntryParser? entries = null;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (MatrixMarketHeader.IsSkippable(line)) continue;
            if (entries is null)
            {
                header.ParseSize(line, lineNumber);
                entries = new MatrixMarketEntryParser(header);
            }
            else
            {
                entries.Add(line, lineNumber);
            }
        }
        if (entries is null)
            throw new MatrixMarketFormatException(lineNumber, "the file ends before the size line");
        return entries.Finish(lineNumber);
    }
}
