namespace HessianDashboard.Web.Hosting;

/// <summary>Where the host listens: the root <c>appsettings.json</c>'s <c>Urls</c>, overridable as usual.</summary>
public static class ListenUrls
{
    /// <summary>
    /// <c>ASPNETCORE_URLS</c> / <c>DOTNET_URLS</c> are host settings, read before <c>appsettings.json</c>, so the
    /// root file's <c>Urls</c> would win over them. Re-applies them above <c>appsettings.json</c> and below the
    /// command line (<c>--urls</c> stays the strongest).
    /// </summary>
    public static void PreferEnvironment(WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string? urls = Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? Environment.GetEnvironmentVariable("DOTNET_URLS");
        Apply(builder.Configuration, urls, args);
    }

    internal static void Apply(IConfigurationBuilder configuration, string? environmentUrls, string[] args)
    {
        if (string.IsNullOrWhiteSpace(environmentUrls)) return;
        configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Urls", environmentUrls)]);
        configuration.AddCommandLine(args);
    }
}
