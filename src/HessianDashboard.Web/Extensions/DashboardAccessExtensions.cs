using HessianDashboard.Web.Access;
using HessianDashboard.Web.Options;
using HessianDashboard.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Web.Extensions;

/// <summary>
/// Access control (section <c>Access</c>, docs/security.md): cookie sign-in with configured users, optional OpenID
/// Connect, one authorization requirement for every endpoint and file, and the security headers.
/// </summary>
public static class DashboardAccessExtensions
{
    /// <summary>Options, the start-up decision, authentication (cookie, OpenID Connect when configured) and authorization.</summary>
    public static WebApplicationBuilder AddDashboardAccess(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AccessOptions>().Bind(builder.Configuration.GetSection(AccessOptions.SectionName));
        services.AddSingleton<AccessState>();
        services.AddHostedService<AccessStartupCheck>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<PasswordSignIn>();
        services.AddScoped<CurrentUser>();
        services.AddCascadingAuthenticationState();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(ConfigureCookie);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AccessOptions>>((cookie, access) => cookie.ExpireTimeSpan = TimeSpan.FromHours(access.Value.SessionHours));
        AddOpenIdConnectWhenConfigured(services);

        var everyone = new AuthorizationPolicyBuilder().AddRequirements(new DashboardUserRequirement()).Build();
        services.AddAuthorization(o => (o.DefaultPolicy, o.FallbackPolicy) = (everyone, everyone));
        services.AddSingleton<IAuthorizationHandler, DashboardUserHandler>();
        return builder;
    }

    /// <summary>Security headers, authentication, and the gate for root static files; call before <c>UseStaticFiles</c>.</summary>
    public static WebApplication UseDashboardAccess(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        app.UseAuthentication();
        app.UseMiddleware<RootFileGate>();
        return app;
    }

    /// <summary>The sign-out and OpenID Connect sign-in endpoints.</summary>
    public static WebApplication MapDashboardAccess(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapAccessEndpoints();
        return app;
    }

    /// <summary>
    /// Package and framework assets (<c>_framework/…</c>, <c>_content/MudBlazor/…</c>) stay public: the login page needs them,
    /// and they are the published framework's files. Every other static asset falls under the fallback policy.
    /// </summary>
    public static TBuilder AllowAnonymousFrameworkFiles<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(endpoint =>
        {
            string route = "/" + ((endpoint as RouteEndpointBuilder)?.RoutePattern.RawText?.TrimStart('/') ?? "");
            if (AccessRequests.PublicFolders.Any(folder => route.StartsWith(folder, StringComparison.Ordinal)))
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
        });
        return builder;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = "HessianDashboard.Auth";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.SlidingExpiration = true;
        cookie.LoginPath = AccessRequests.LoginPath;
        cookie.LogoutPath = AccessRequests.LogoutPath;
        cookie.AccessDeniedPath = AccessRequests.LoginPath;
        cookie.ReturnUrlParameter = "ReturnUrl";
        cookie.Events.OnRedirectToLogin = context =>
        {
            if (!AccessRequests.IsNavigation(context.Request)) return AccessRequests.RefuseAsync(context.Response);
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// The OpenID Connect scheme is registered only when <c>Access:OpenIdConnect:Authority</c> is set. Configuration is read
    /// when options are first built (not at registration), so settings added late (tests, environment) count; the
    /// cookie keeps the session (<c>SignInScheme</c>). With no password users, the provider is also the challenge.
    /// </summary>
    private static void AddOpenIdConnectWhenConfigured(IServiceCollection services)
    {
        const string scheme = OpenIdConnectDefaults.AuthenticationScheme;
        services.TryAddTransient<OpenIdConnectHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<AccessOptions>>((authentication, access) =>
        {
            var oidc = access.Value.OpenIdConnect;
            if (!oidc.IsConfigured) return;
            authentication.AddScheme<OpenIdConnectHandler>(scheme, oidc.DisplayName);
            if (access.Value.Users.Count == 0) authentication.DefaultChallengeScheme = scheme;
        });
        services.AddOptions<OpenIdConnectOptions>(scheme).Configure<IOptions<AccessOptions>>((o, access) =>
        {
            var oidc = access.Value.OpenIdConnect;
            if (!oidc.IsConfigured) return;
            o.Authority = oidc.Authority;
            o.ClientId = oidc.ClientId;
            o.ClientSecret = oidc.ClientSecret;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SaveTokens = false;
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
            o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.TokenValidationParameters.NameClaimType = oidc.NameClaim;
            o.Scope.Clear();
            foreach (string scope in oidc.Scopes.Append("openid").Distinct(StringComparer.Ordinal)) o.Scope.Add(scope);
            o.Events.OnRedirectToIdentityProvider = context =>
            {
                if (AccessRequests.IsNavigation(context.Request)) return Task.CompletedTask;
                context.HandleResponse();
                return AccessRequests.RefuseAsync(context.Response);
            };
        });
    }
}
