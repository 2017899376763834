using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Web.Uploads;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>What the lab form holds; <see cref="ToRequest"/> is the one request the Run button submits.</summary>
public sealed class LabFormModel
{
    /// <summary>The order variants are offered, run and drawn in: the thesis' three, then selective.</summary>
    public static readonly Reorthogonalization[] VariantOrder =
        [Reorthogonalization.Full, Reorthogonalization.Double, Reorthogonalization.None, Reorthogonalization.Selective];

    private static readonly SyntheticSpectrumOptions Defaults = new(SpectrumKind.Custom, 100, 0);

    public LabSource Source { get; set; } = LabSource.Synthetic;
    public SpectrumKind Kind { get; set; } = Defaults.Kind;
    public int N { get; set; } = Defaults.N;
    public int Seed { get; set; }
    public double Lower { get; set; } = Defaults.Lower;
    public double Upper { get; set; } = Defaults.Upper;
    public int BandCount { get; set; } = Defaults.BandCount;
    public double BandSpacing { get; set; } = Defaults.BandSpacing;
    public double BandWidth { get; set; } = Defaults.BandWidth;
    public int PositiveOutliers { get; set; } = Defaults.PositiveOutliers;
    public int NegativeOutliers { get; set; } = Defaults.NegativeOutliers;
    public double OutlierScale { get; set; } = Defaults.OutlierScale;
    public double ZeroFraction { get; set; } = Defaults.ZeroFraction;
    public UploadedMatrix? Upload { get; set; }
    public bool ComputeExact { get; set; } = true;
    public HashSet<Reorthogonalization> Variants { get; } = [.. VariantOrder];

    /// <summary>m; null means m = n.</summary>
    public int? Iterations { get; set; }
    public int StartSeed { get; set; }
    public double Epsilon { get; set; } = 1e-5;

    public SyntheticSpectrumOptions Spectrum() => new(Kind, N, Seed)
    {
        Lower = Lower, Upper = Upper,
        BandCount = BandCount, BandSpacing = BandSpacing, BandWidth = BandWidth,
        PositiveOutliers = PositiveOutliers, NegativeOutliers = NegativeOutliers,
        OutlierScale = OutlierScale, ZeroFraction = ZeroFraction,
    };

    /// <summary>The comparison to submit; the server path of an upload comes from the store, never from the browser.</summary>
    public SpectrumComparisonRequest ToRequest() => new()
    {
        Spectrum = Spectrum(),
        Matrix = Source == LabSource.File && Upload is { } upload ? MatrixSource.FromFile(upload.Path, ComputeExact) : null,
        Variants = [.. VariantOrder.Where(Variants.Contains)],
        // A file's n is known here: an explicit m lets the runner report progress and the ladder thin itself.
        Iterations = Iterations ?? (Source == LabSource.File ? Upload?.N : null),
        StartSeed = StartSeed,
        Epsilon = Epsilon,
        RecordLadders = true,
    };

    /// <summary>Fills the form from a submitted synthetic comparison (a reopened run).</summary>
    public void Load(SpectrumComparisonRequest request)
    {
        if (request.Matrix is not null || request.Spectrum is not { } s) return;
        (Source, Kind, N, Seed) = (LabSource.Synthetic, s.Kind, s.N, s.Seed);
        (Lower, Upper, BandCount, BandSpacing, BandWidth) = (s.Lower, s.Upper, s.BandCount, s.BandSpacing, s.BandWidth);
        (PositiveOutliers, NegativeOutliers, OutlierScale, ZeroFraction) = (s.PositiveOutliers, s.NegativeOutliers, s.OutlierScale, s.ZeroFraction);
        Variants.Clear();
        Variants.UnionWith(request.Variants);
        (Iterations, StartSeed, Epsilon) = (request.Iterations, request.StartSeed, request.Epsilon);
    }
}
