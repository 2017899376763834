namespace HessianDashboard.Web.Access;

/// <summary>The login page's form fields (posted as <c>Input.Name</c> and <c>Input.Password</c>).</summary>
public sealed class LoginForm
{
    /// <summary>The user name typed.</summary>
    public string? Name { get; set; }

    /// <summary>The password typed; never rendered back.</summary>
    public string? Password { get; set; }
}
