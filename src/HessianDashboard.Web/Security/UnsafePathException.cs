namespace HessianDashboard.Web.Security;

/// <summary>A name from a user would leave its directory (or is not a plain relative name); nothing was touched.</summary>
public sealed class UnsafePathException : Exception
{
    public UnsafePathException() { }

    public UnsafePathException(string message) : base(message) { }

    public UnsafePathException(string message, Exception innerException) : base(message, innerException) { }
}
