using HessianDashboard.Cli.Parsing;
using HessianDashboard.Torch.Data.Location;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary><c>hessian data [--data-dir DIR]</c>: which data sets are on this machine, where, and what to do for a missing one.</summary>
internal static class DataCommand
{
    public static int Run(string[] args, IAnsiConsole console)
    {
        if (args.Length > 0 && args[0] == "status") args = args[1..];
        var a = new ParsedArguments(args, [.. DataArguments.Values, "json"], DataArguments.Flags);
        var locator = new DataLocator(DataArguments.Options(a));
        var statuses = locator.GetStatus();
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"data sets (data directory: {Markup.Escape(locator.Options.EffectiveDirectory ?? "not set")})")
            .AddColumns("data set", "split", "found", "where");
        foreach (var status in statuses)
        {
            foreach (var split in status.Splits)
            {
                string found = split.IsAvailable ? "[green]yes[/]" : "[red]no[/]";
                string where = split.Found is { } f ? $"{f.Directory} ({f.Source})" : "";
                table.AddRow(Markup.Escape(status.Dataset.DisplayName), split.Split.ToString().ToLowerInvariant(), found, Markup.Escape(where));
            }
        }
        console.Write(table);
        foreach (var status in statuses.Where(s => !s.IsComplete && s.Advice.Length > 0))
            console.MarkupLineInterpolated($"[yellow]{status.Dataset.DisplayName}[/]: {status.Advice}");
        JsonOutput.WriteIfRequested(a.String("json"), statuses.Select(s => new
        {
            s.Dataset.Id,
            s.Dataset.DisplayName,
            Splits = s.Splits.Select(p => new { Split = p.Split.ToString(), p.IsAvailable, p.Found?.Directory, p.Found?.Files, Source = p.Found?.Source.ToString() }),
            s.CanDownload,
            s.Advice,
        }).ToArray(), console);
        return CliApp.Ok;
    }
}
