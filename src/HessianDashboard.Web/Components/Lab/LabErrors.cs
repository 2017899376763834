using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>
/// The lab form's validation: the messages of <see cref="SpectrumComparisonRequest.Validate"/> — the very check
/// the runner makes on Submit — each placed under the input it names, plus the checks only an uploaded file's
/// known n allows (with the server's own <see cref="SpectrumComparisonRequest.SizeErrors"/>).
/// </summary>
public sealed class LabErrors
{
    // Ordered: the first match wins ("Iterations m = 5 cannot exceed n = 3" is about m, not n).
    private static readonly (LabField Field, string[] Starts)[] Rules =
    [
        (LabField.Iterations, ["Iterations", "A ladder"]),
        (LabField.Epsilon, ["ε"]),
        (LabField.Variants, ["Choose at least one variant", "Each variant", "Unknown variant"]),
        (LabField.Lower, ["Lower"]),
        (LabField.Upper, ["Upper"]),
        (LabField.BandCount, ["BandCount"]),
        (LabField.BandSpacing, ["BandSpacing"]),
        (LabField.BandWidth, ["BandWidth"]),
        (LabField.PositiveOutliers, ["PositiveOutliers"]),
        (LabField.NegativeOutliers, ["NegativeOutliers"]),
        (LabField.OutlierScale, ["OutlierScale"]),
        (LabField.ZeroFraction, ["ZeroFraction", "Outliers ("]),
        (LabField.N, ["N must", "n = "]),
        (LabField.File, ["The Matrix Market", "Upload", "Exact eigenvalues"]),
    ];

    private readonly Dictionary<LabField, List<string>> _byField = [];

    private LabErrors(IEnumerable<string> messages)
    {
        foreach (string message in messages)
        {
            var field = Rules.FirstOrDefault(r => r.Starts.Any(s => message.StartsWith(s, StringComparison.Ordinal))).Field;
            if (!_byField.TryGetValue(field, out var list)) _byField[field] = list = [];
            list.Add(message);
        }
    }

    public bool IsEmpty => _byField.Count == 0;

    public IEnumerable<string> All => _byField.Values.SelectMany(m => m);

    public bool Has(LabField field) => _byField.ContainsKey(field);

    public string? Text(LabField field) => _byField.TryGetValue(field, out var list) ? string.Join(" ", list) : null;

    public static LabErrors From(IEnumerable<string> messages) => new(messages);

    public static LabErrors Check(LabFormModel model)
    {
        var request = model.ToRequest();
        var messages = new List<string>();
        if (model.Source == LabSource.File)
        {
            if (model.Upload is not { } upload)
            {
                messages.Add("Upload a Matrix Market file first.");
                // Check the rest as for any file, not the hidden spectrum; this placeholder is never submitted (Run stays disabled).
                request = request with { Matrix = MatrixSource.FromFile("not-uploaded.mtx") };
            }
            else
            {
                messages.AddRange(SpectrumComparisonRequest.SizeErrors(model.Iterations ?? upload.N, upload.N, recordLadders: true));
                if (model.ComputeExact && upload.N > MatrixSource.MaxDenseDimension)
                    messages.Add($"Exact eigenvalues need a dense eigendecomposition: n = {upload.N} exceeds {MatrixSource.MaxDenseDimension}.");
            }
        }
        messages.InsertRange(0, request.Validate());
        return new LabErrors(messages.Distinct());
    }
}
