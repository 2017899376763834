using HessianDashboard.Cli;
using Spectre.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // finish the current step, keep what is done, then exit
    cancellation.Cancel();
};
return CliApp.Run(args, AnsiConsole.Console, Console.Error, cancellation.Token);
