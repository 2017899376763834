namespace HessianDashboard.Storage.Entities;

/// <summary>
/// One flattened request parameter (table <c>RunParameters</c>; see <see cref="Serialization.RequestParameters"/>): a
/// lower-cased dotted path with either a number or a lower-cased text.
/// </summary>
public sealed class RunParameterEntity
{
    public required string RunId { get; set; }

    /// <summary>Position in the flattened request (arrays repeat a path).</summary>
    public int Position { get; set; }

    public required string Path { get; set; }

    public string? Text { get; set; }

    public double? Number { get; set; }
}
