namespace HessianDashboard.Cli.Parsing;

/// <summary>The command line is wrong: reported as one line on stderr with exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException() { }
    public UsageException(string message) : base(message) { }
    public UsageException(string message, Exception innerException) : base(message, innerException) { }
}
