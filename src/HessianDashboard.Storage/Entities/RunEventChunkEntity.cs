namespace HessianDashboard.Storage.Entities;

/// <summary>
/// A batch of consecutive events of one run, as the writer stored them (table <c>RunEventChunks</c>): the events'
/// compact JSON and the blob of their Ritz values and residual bounds.
/// </summary>
public sealed class RunEventChunkEntity
{
    public required string RunId { get; set; }

    /// <summary>The first event's sequence number.</summary>
    public long FirstSequence { get; set; }

    public int Count { get; set; }

    public required string Json { get; set; }

    public byte[]? Blob { get; set; }
}
