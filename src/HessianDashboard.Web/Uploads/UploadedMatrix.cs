namespace HessianDashboard.Web.Uploads;

/// <summary>A Matrix Market file stored on the server and read successfully as a real symmetric n × n operator.</summary>
/// <param name="Path">The server's file, named by the server (never by the client).</param>
/// <param name="FileName">The name the browser gave, for display only.</param>
/// <param name="N">The dimension n.</param>
/// <param name="StoredEntries">Entries stored in the file (one triangle for a symmetric file).</param>
/// <param name="Bytes">The file's size.</param>
public sealed record UploadedMatrix(string Path, string FileName, int N, int StoredEntries, long Bytes);
