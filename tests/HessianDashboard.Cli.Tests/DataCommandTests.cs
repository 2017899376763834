namespace HessianDashboard.Cli.Tests;

public sealed class DataCommandTests
{
    [Fact]
    public void Data_WithDataDirectoryHoldingTinyShakespeare_ReportsItFoundThere()
    {
        using var cli = new CliHarness();
        string folder = System.IO.Directory.CreateDirectory(Path.Combine(cli.Directory, "tinyshakespeare")).FullName;
        File.WriteAllText(Path.Combine(folder, "input.txt"), "To be, or not to be.\n");

        var (code, output, error) = cli.Run("data", "--data-dir", cli.Directory, "--no-download", "--json", cli.PathOf("status.json"));

        code.ShouldBe(CliApp.Ok, error);
        output.ShouldContain("TinyShakespeare");
        string json = File.ReadAllText(cli.PathOf("status.json"));
        json.ShouldContain("\"tinyshakespeare\"");
        json.ShouldContain("\"isAvailable\": true");
        json.ShouldContain(System.Text.Json.JsonSerializer.Serialize(folder)); // where it was found
    }

    [Fact]
    public void Data_MissingDirectory_IsAUsageError()
    {
        using var cli = new CliHarness();
        var (code, _, error) = cli.Run("data", "--data-dir", cli.PathOf("absent"));
        code.ShouldBe(CliApp.BadInput);
        error.ShouldContain("no such directory");
    }
}
