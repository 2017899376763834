using HessianDashboard.Web.Access;
using HessianDashboard.Web.Extensions;
using HessianDashboard.Web.Hosting;

// Configuration (appsettings.json) and static files (wwwroot/) live at the repository root;
// see docs/decisions/002-root-web-root.md.
var builder = WebApplication.CreateBuilder(RepositoryRoot.CreateOptions(args));
if (RepositoryRoot.IsUsed(builder.Environment))
{
    // Package assets (_content/MudBlazor/…, _framework/…) still come from the build output's
    // static web asset manifest, in every environment, not only Development.
    builder.WebHost.UseStaticWebAssets();
}

ListenUrls.PreferEnvironment(builder, args);
builder.AddHessianDashboard();

var app = builder.Build();
app.UseHessianDashboard();
try
{
    app.Run();
}
catch (AccessConfigurationException)
{
    return 1; // already logged, with how to fix it (docs/security.md): no stack trace for a settings problem
}
return 0;

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
