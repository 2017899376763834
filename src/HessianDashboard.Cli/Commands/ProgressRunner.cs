using HessianDashboard.Experiments.Common;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary>Runs work under a Spectre.Console progress bar fed by <see cref="ExperimentProgress"/> reports.</summary>
internal static class ProgressRunner
{
    public static T Run<T>(IAnsiConsole console, string title, Func<IProgress<ExperimentProgress>, T> work)
    {
        T result = default!;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1.0);
                result = work(new SynchronousProgress(report =>
                {
                    task.Description = Markup.Escape($"{title}: {report.Stage}");
                    task.Value = report.Fraction;
                }));
                task.Value = 1.0;
            });
        return result;
    }

    /// <summary>Reports on the calling thread (unlike <see cref="Progress{T}"/>, which posts to a context).</summary>
    private sealed class SynchronousProgress(Action<ExperimentProgress> onReport) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => onReport(value);
    }
}
