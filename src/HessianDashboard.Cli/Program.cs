using HessianDashboard.Cli;
using Spectre.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // finish the current step, keep what is done, then exit
    cancellation.Cancel();
};
if (Console.IsOutputRedirected)
    AnsiConsole.Console.Profile.Width = 160; // logs and pipes: no terminal width to fit, keep tables readable
return CliApp.Run(args, AnsiConsole.Console, Console.Error, cancellation.Token);
