using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Components.Studies;

/// <summary>The convergence study's form (Fig 3.5/3.6); its defaults are the thesis' settings.</summary>
public sealed class ConvergenceStudyForm
{
    private static readonly (string, string[])[] Rules =
    [
        ("n", ["n must"]),
        ("iterations", ["Iterations", "Give at least one iteration count", "Every iteration count"]),
        ("spectra", ["Choose at least one spectrum"]),
        ("variants", ["Choose at least one variant"]),
        ("runs", ["Runs"]),
        ("epsilon", ["ε"]),
    ];

    public int N { get; set; } = new ConvergenceStudyRequest().N;
    public string Iterations { get; set; } = StudyLists.Format(new ConvergenceStudyRequest().Iterations);
    public HashSet<SpectrumKind> Spectra { get; } = [.. Enum.GetValues<SpectrumKind>()];
    public HashSet<Reorthogonalization> Variants { get; } = [.. LabFormModel.VariantOrder];
    public int Runs { get; set; } = new ConvergenceStudyRequest().Runs;
    public double Epsilon { get; set; } = new ConvergenceStudyRequest().Epsilon;
    public int Seed { get; set; }

    /// <summary>The thesis: n = 1000, m ∈ {10, 25, 50, 100, 250, 500, 1000}, 10 runs, ε = 1e-5.</summary>
    public void ApplyThesis() => Apply(new ConvergenceStudyForm());

    /// <summary>Seconds instead of minutes (the CLI's --quick).</summary>
    public void ApplyQuick() => Apply(new ConvergenceStudyForm { N = 200, Iterations = "10, 25, 50, 100, 200", Runs = 2 });

    public (ConvergenceStudyRequest Request, StudyErrors Errors) Build()
    {
        var errors = new List<string>();
        var request = new ConvergenceStudyRequest
        {
            N = N,
            Iterations = StudyLists.ParseInts(Iterations, "Iterations", errors),
            Spectra = [.. Enum.GetValues<SpectrumKind>().Where(Spectra.Contains)],
            Variants = [.. LabFormModel.VariantOrder.Where(Variants.Contains)],
            Runs = Runs,
            Epsilon = Epsilon,
            Seed = Seed,
        };
        errors.AddRange(request.Validate());
        return (request, new StudyErrors(errors, Rules));
    }

    private void Apply(ConvergenceStudyForm preset)
    {
        (N, Iterations, Runs, Epsilon) = (preset.N, preset.Iterations, preset.Runs, preset.Epsilon);
        Spectra.Clear();
        Spectra.UnionWith(preset.Spectra);
        Variants.Clear();
        Variants.UnionWith(preset.Variants);
    }
}
