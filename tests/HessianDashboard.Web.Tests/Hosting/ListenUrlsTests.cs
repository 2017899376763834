using HessianDashboard.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace HessianDashboard.Web.Tests.Hosting;

public sealed class ListenUrlsTests
{
    private const string RootDefault = "http://127.0.0.1:5000";

    private static ConfigurationManager RootSettings(params string[] args)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Urls", RootDefault)]); // as appsettings.json
        configuration.AddCommandLine(args);
        return configuration;
    }

    [Fact]
    public void Apply_NoEnvironmentUrls_KeepsTheRootDefault()
    {
        var configuration = RootSettings();

        ListenUrls.Apply(configuration, null, []);

        configuration["Urls"].ShouldBe(RootDefault);
    }

    [Fact]
    public void Apply_EnvironmentUrls_OverrideTheRootDefault()
    {
        var configuration = RootSettings();

        ListenUrls.Apply(configuration, "http://127.0.0.1:6001", []);

        configuration["Urls"].ShouldBe("http://127.0.0.1:6001");
    }

    [Fact]
    public void Apply_CommandLineUrls_StillWinOverTheEnvironment()
    {
        string[] args = ["--urls", "http://127.0.0.1:6002"];
        var configuration = RootSettings(args);

        ListenUrls.Apply(configuration, "http://127.0.0.1:6001", args);

        configuration["Urls"].ShouldBe("http://127.0.0.1:6002");
    }
}
