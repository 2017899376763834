namespace HessianDashboard.Storage.Entities;

/// <summary>A user tag of a run (table <c>RunTags</c>); <see cref="Key"/> is the lower-cased tag the filters compare.</summary>
public sealed class RunTagEntity
{
    public required string RunId { get; set; }

    public required string Key { get; set; }

    /// <summary>The tag as the user wrote it.</summary>
    public required string Tag { get; set; }
}
