namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>What reading a run export found: the run, or every problem as a sentence a user can act on.</summary>
public sealed record RunImportResult
{
    /// <summary>The validated run; null when <see cref="Errors"/> is not empty.</summary>
    public RunExport? Run { get; private init; }

    /// <summary>Why the file cannot be imported; empty on success.</summary>
    public IReadOnlyList<string> Errors { get; private init; } = [];

    /// <summary>Whether the file is an importable run.</summary>
    public bool Succeeded => Run is not null;

    /// <summary>A validated run.</summary>
    public static RunImportResult Success(RunExport run) => new() { Run = run ?? throw new ArgumentNullException(nameof(run)) };

    /// <summary>A rejected file and why (at least one error).</summary>
    public static RunImportResult Failure(IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0) throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        return new() { Errors = errors };
    }

    /// <summary>A rejected file and why.</summary>
    public static RunImportResult Failure(string error) => Failure([error]);
}
