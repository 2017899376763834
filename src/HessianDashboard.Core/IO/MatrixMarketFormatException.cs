namespace HessianDashboard.Core.IO;

/// <summary>
/// A Matrix Market file that cannot be read, or cannot be used as a real symmetric operator.
/// The message starts with "line N: " when the problem is tied to line N (1-based).
/// </summary>
public sealed class MatrixMarketFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="lineNumber"/> (0 when no single line is at fault).</summary>
    public MatrixMarketFormatException(int lineNumber, string detail)
        : base(lineNumber > 0 ? $"line {lineNumber}: {detail}" : detail)
    {
        LineNumber = lineNumber;
    }

    /// <summary>The 1-based line at fault, or 0 when the problem concerns the whole file (e.g. its size).</summary>
    public int LineNumber { get; }
}
