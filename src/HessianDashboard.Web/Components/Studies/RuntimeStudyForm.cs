using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Components.Studies;

/// <summary>The runtime study's form (Fig 3.2); its defaults are the thesis' settings.</summary>
public sealed class RuntimeStudyForm
{
    private static readonly (string, string[])[] Rules =
    [
        ("sizes", ["Sizes", "Give at least one size"]),
        ("variants", ["Choose at least one variant"]),
        ("repeats", ["Repeats"]),
        ("eigensolve", ["Eigensolve"]),
    ];

    public string Sizes { get; set; } = StudyLists.Format(new RuntimeStudyRequest().Sizes);
    public HashSet<Reorthogonalization> Variants { get; } = [.. LabFormModel.VariantOrder];
    public int Repeats { get; set; } = new RuntimeStudyRequest().Repeats;
    public int EigensolveRepeats { get; set; } = new RuntimeStudyRequest().EigensolveRepeats;
    public int Seed { get; set; }

    /// <summary>The thesis: n ∈ {10, 50, 100, 500, 1000}, 10 repeats, 30 eigensolve repeats.</summary>
    public void ApplyThesis() => Apply(new RuntimeStudyForm());

    /// <summary>Seconds instead of minutes (the CLI's --quick).</summary>
    public void ApplyQuick() => Apply(new RuntimeStudyForm { Sizes = "10, 50, 100, 200", Repeats = 3, EigensolveRepeats = 5 });

    public (RuntimeStudyRequest Request, StudyErrors Errors) Build()
    {
        var errors = new List<string>();
        var request = new RuntimeStudyRequest
        {
            Sizes = StudyLists.ParseInts(Sizes, "Sizes", errors),
            Variants = [.. LabFormModel.VariantOrder.Where(Variants.Contains)],
            Repeats = Repeats,
            EigensolveRepeats = EigensolveRepeats,
            Seed = Seed,
        };
        errors.AddRange(request.Validate());
        return (request, new StudyErrors(errors, Rules));
    }

    private void Apply(RuntimeStudyForm preset)
    {
        (Sizes, Repeats, EigensolveRepeats) = (preset.Sizes, preset.Repeats, preset.EigensolveRepeats);
        Variants.Clear();
        Variants.UnionWith(preset.Variants);
    }
}
