namespace HessianDashboard.Web.Options;

/// <summary>When the dashboard asks for a signed-in user (<c>Access:Mode</c>). There is deliberately no "never" mode.</summary>
public enum AccessMode
{
    /// <summary>No sign-in while every listening address is loopback (127.0.0.0/8, ::1, localhost); sign-in required otherwise.</summary>
    Auto,

    /// <summary>Sign-in required on every address, loopback included.</summary>
    Required,
}
