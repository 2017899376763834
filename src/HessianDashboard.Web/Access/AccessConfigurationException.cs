namespace HessianDashboard.Web.Access;

/// <summary>The <c>Access</c> settings cannot protect this server (no way to sign in where one is needed, or a malformed user); the host refuses to start.</summary>
public sealed class AccessConfigurationException : Exception
{
    public AccessConfigurationException() { }

    public AccessConfigurationException(string message) : base(message) { }

    public AccessConfigurationException(string message, Exception innerException) : base(message, innerException) { }
}
