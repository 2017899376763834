namespace HessianDashboard.Storage.Entities;

/// <summary>A finished run's result (table <c>RunResults</c>, at most one per run): compact JSON and its blob.</summary>
public sealed class RunResultEntity
{
    public required string RunId { get; set; }

    /// <summary>The CLR type written (for diagnostics; reading uses the kind's result type).</summary>
    public required string TypeName { get; set; }

    public required string Json { get; set; }

    public byte[]? Blob { get; set; }
}
