namespace HessianDashboard.Web.Uploads;

/// <summary>The outcome of storing an upload: the matrix, or why it was refused (with the line at fault when there is one).</summary>
public sealed record MatrixUploadResult(UploadedMatrix? Matrix, string? Error, int? LineNumber)
{
    public static MatrixUploadResult Success(UploadedMatrix matrix) => new(matrix, null, null);

    public static MatrixUploadResult Failure(string error, int? lineNumber = null) => new(null, error, lineNumber);
}
