using System.Security.Claims;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Web.Components.Pages;

/// <summary>
/// The login page: a static server-rendered form (antiforgery by <c>EditForm</c>) checked by <see cref="PasswordSignIn"/>.
/// A success sets the sign-in cookie and returns to <c>ReturnUrl</c> when it is local (else home); a failure says only
/// that the name or password is wrong (after a short delay), and too many failures say to wait.
/// </summary>
public sealed partial class LoginPage
{
    private string? _error;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "login")]
    private LoginForm? Input { get; set; }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [Inject]
    private PasswordSignIn SignIn { get; set; } = default!;

    [Inject]
    private IOptions<AccessOptions> Access { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<LoginPage> Logger { get; set; } = default!;

    protected override void OnInitialized() => Input ??= new LoginForm();

    private string ExternalLoginHref =>
        $"{AccessRequests.ExternalLoginPath.TrimStart('/')}?returnUrl={Uri.EscapeDataString(AccessRequests.LocalReturnUrl(ReturnUrl))}";

    private async Task SignInAsync()
    {
        Input ??= new LoginForm();
        string address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var (outcome, name) = await SignIn.CheckAsync(Input.Name, Input.Password, address, HttpContext.RequestAborted);
        Input.Password = null;
        if (outcome == SignInOutcome.Succeeded && name is not null)
        {
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], CookieAuthenticationDefaults.AuthenticationScheme);
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            LogSignedIn(Logger, name, address);
            Navigation.NavigateTo(AccessRequests.LocalReturnUrl(ReturnUrl));
            return;
        }
        string typed = Printable(Input.Name);
        if (outcome == SignInOutcome.Throttled)
        {
            LogThrottled(Logger, typed, address);
            HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            _error = "Too many failed sign-ins for this name: wait a minute, then try again.";
            return;
        }
        LogFailed(Logger, typed, address);
        _error = "The name or password is wrong.";
    }

    private static string Printable(string? name) => new([.. (name ?? "").Take(64).Select(c => char.IsControl(c) ? '?' : c)]);

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} signed in from {Address}.")]
    private static partial void LogSignedIn(ILogger logger, string user, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in as '{User}' from {Address}.")]
    private static partial void LogFailed(ILogger logger, string user, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in as '{User}' from {Address} refused: too many failures in a minute.")]
    private static partial void LogThrottled(ILogger logger, string user, string address);
}
