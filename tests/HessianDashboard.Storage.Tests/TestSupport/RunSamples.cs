using System.Text.Json;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Storage.Tests.TestSupport;

/// <summary>Requests, run snapshots and real finished runs for the store tests.</summary>
public static class RunSamples
{
    public static readonly DateTimeOffset Epoch = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static LanczosRunRequest Lanczos(int n = 40, Reorthogonalization variant = Reorthogonalization.Full, int? m = null,
        bool trackOrthogonality = true) => new()
    {
        Source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, n, 1)),
        Variant = variant,
        Iterations = m,
        StartSeed = 2,
        TrackOrthogonality = trackOrthogonality,
    };

    public static string RequestJson(IExperimentRequest request) => JsonSerializer.Serialize(request, request.GetType(), ExperimentJson.Options);

    /// <summary>A run snapshot as the runner would write it (kind "lanczos" unless told).</summary>
    public static RunInfo Info(string id, RunState state, DateTimeOffset submitted, IExperimentRequest? request = null, string kind = "lanczos",
        string? owner = null, IReadOnlyList<string>? tags = null, string? title = null, string? notes = null, TimeSpan? duration = null)
    {
        DateTimeOffset? started = state == RunState.Queued ? null : submitted.AddSeconds(1);
        DateTimeOffset? finished = state.IsTerminal() && started is { } s ? s + (duration ?? TimeSpan.FromSeconds(2)) : null;
        return new RunInfo
        {
            Id = id, Kind = kind, Title = title ?? $"Run {id}", State = state, Request = request ?? Lanczos(),
            SubmittedAt = submitted, StartedAt = started, FinishedAt = finished,
            Progress = state == RunState.Succeeded ? 1 : 0.5, Owner = owner, Tags = tags ?? [], Notes = notes,
        };
    }

    /// <summary>The first event of a run (its Queued state change).</summary>
    public static RunEvent Queued(string id, DateTimeOffset at) => new(0, id, RunEventKind.StateChanged, RunState.Queued, null, null, null, null, at);

    /// <summary>Runs <paramref name="request"/> on a memory-only runner to its end; returns the final snapshot and every event.</summary>
    public static async Task<(RunInfo Run, IReadOnlyList<RunEvent> Events)> RunToEndAsync(IExperimentRequest request)
    {
        using var runner = new InProcessRunRunner(Options.Create(new RunnerOptions()), RunJobCatalog.CreateDefault(), NullLogger<InProcessRunRunner>.Instance);
        await runner.StartAsync(CancellationToken.None);
        try
        {
            var run = runner.Submit(request);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            await foreach (var _ in runner.StreamAsync(run.Id, 0, timeout.Token))
            {
            }
            return (runner.Get(run.Id)!, runner.Events(run.Id));
        }
        finally
        {
            await runner.StopAsync(CancellationToken.None);
        }
    }
}
