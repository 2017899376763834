using System.Globalization;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Models;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Experiments.Networks.Jobs;

/// <summary>
/// Runs a <see cref="NetworkSpectrumRequest"/>: every Lanczos step as a Step event (series <see cref="Series"/>), the
/// stages and the exact Hessian's rows as Progress (<see cref="SpectrumProgress"/>); exact spectra are reused from
/// <see cref="NetworkArtifactStore"/> by the Hessian's fingerprint (and their rows resume there).
/// </summary>
public sealed class NetworkSpectrumJobHandler(NetworkArtifactStore store, IOptions<DataOptions> data) : RunJobHandler<NetworkSpectrumRequest, NetworkSpectrumResult>
{
    /// <summary>The Step events' series name.</summary>
    public const string Series = "lanczos";

    /// <inheritdoc />
    public override string Kind => "network-spectrum";

    /// <inheritdoc />
    public override string Describe(NetworkSpectrumRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string model = request.Checkpoint is { } path ? Path.GetFileName(path) : $"{(request.Model == ModelKind.NanoGpt ? "NanoGPT" : "MLP")} at initialisation (seed {request.Seed})";
        string batch = request.HessianBatch is { } b ? b.ToString("N0", CultureInfo.InvariantCulture) : "all";
        string group = request.ParameterPatterns is { Count: > 0 } p ? $", parameters {string.Join(" ", p)}" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"Network spectrum: {model} on {request.Dataset ?? "default data"}, Hessian batch {batch}, m = {request.Iterations}{(request.Exact ? ", exact" : "")}{group}");
    }

    /// <inheritdoc />
    public override NetworkSpectrumResult Execute(NetworkSpectrumRequest request, IRunReporter reporter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reporter);
        var progress = new SpectrumProgress(reporter, request.Exact);
        return NetworkSpectrumExperiment.Run(request, data.Value, progress,
            step => reporter.Step(step, Series, progress.LanczosFraction(step.K, request.Iterations)),
            cancellationToken, store);
    }
}
