using System.Diagnostics;
using System.Text.RegularExpressions;
using HessianDashboard.Web.Hosting;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// The built dashboard (<c>dotnet HessianDashboard.Web.dll</c>) as a separate OS process on 127.0.0.1 and a port the OS
/// picks, over a given run store folder, so a test can kill it hard (SIGKILL, no graceful shutdown) and start another.
/// Its content root is the repository (<see cref="RepositoryRoot"/> finds it from the DLL's folder); the lab's data and
/// the artifacts go to the given temporary folders. Disposing kills the process if it still runs.
/// </summary>
internal sealed partial class DashboardProcess : IAsyncDisposable
{
    /// <summary>How long the server may take to report its address.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DashboardProcess(Process process) => _process = process;

    /// <summary>The address it listens on, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = default!;

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>What the process wrote so far (stdout and stderr, in arrival order), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output) return string.Join(Environment.NewLine, _output);
        }
    }

    /// <summary>The web project's DLL built beside this test assembly (the test output holds its runtimeconfig and deps).</summary>
    public static string WebDll
    {
        get
        {
            string beside = Path.Combine(AppContext.BaseDirectory, "HessianDashboard.Web.dll");
            if (File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json"))) return beside;
            // Otherwise the web project's own output, same configuration and framework as this build.
            var tfm = new DirectoryInfo(AppContext.BaseDirectory);
            string root = RepositoryRoot.Find(AppContext.BaseDirectory)
                ?? throw new InvalidOperationException($"No {RepositoryRoot.MarkerFile} above {AppContext.BaseDirectory}.");
            string own = Path.Combine(root, "src", "HessianDashboard.Web", "bin", tfm.Parent!.Name, tfm.Name, "HessianDashboard.Web.dll");
            return File.Exists(own) ? own : throw new FileNotFoundException($"Neither {beside} (with its runtimeconfig) nor {own} exists.");
        }
    }

    /// <summary>Starts the server over <paramref name="runStore"/> and waits until it answers HTTP.</summary>
    public static async Task<DashboardProcess> StartAsync(string runStore, string artifacts, string labData, CancellationToken cancellationToken)
    {
        string dll = WebDll;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            dll, "--urls", "http://127.0.0.1:0",
            $"--RunStore:Provider=Sqlite", $"--RunStore:Directory={runStore}",
            $"--Artifacts:Directory={artifacts}", $"--Lab:DataDirectory={labData}",
            "--Data:AllowDownload=false", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
        })
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var server = new DashboardProcess(process);
        process.OutputDataReceived += (_, e) => server.Received(e.Data);
        process.ErrorDataReceived += (_, e) => server.Received(e.Data);
        process.Exited += (_, _) => server._listening.TrySetException(
            new InvalidOperationException($"The dashboard exited before listening:{Environment.NewLine}{server.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            server.Address = await server._listening.Task.WaitAsync(StartTimeout, cancellationToken);
            using var http = new HttpClient { BaseAddress = server.Address };
            (await http.GetAsync("", cancellationToken)).EnsureSuccessStatusCode();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the process and its children at once (SIGKILL: no shutdown, no final flush) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!HasExited()) _process.Kill(entireProcessTree: true);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(wait.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            _process.Dispose();
        }
    }

    private bool HasExited()
    {
        try
        {
            return _process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true; // never started
        }
    }

    private void Received(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
        if (ListeningLine().Match(line) is { Success: true } match) _listening.TrySetResult(new Uri(match.Groups[1].Value.TrimEnd('/') + "/"));
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
