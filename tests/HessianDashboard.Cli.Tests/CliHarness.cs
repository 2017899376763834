using Spectre.Console;

namespace HessianDashboard.Cli.Tests;

/// <summary>Runs the CLI in-process with captured stdout/stderr.</summary>
internal sealed class CliHarness : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "hessian-cli-" + Guid.NewGuid().ToString("N"));

    public CliHarness() => System.IO.Directory.CreateDirectory(Directory);

    public (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
            Ansi = AnsiSupport.No,
        });
        int code = CliApp.Run(args, console, error);
        return (code, output.ToString(), error.ToString());
    }

    public string File(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
