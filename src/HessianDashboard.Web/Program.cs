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
app.Run();

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
