using System.Globalization;
using System.Text;

namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>A report to save (<see cref="ISavedReportStore.SaveAsync"/>): a new one when <see cref="Id"/> is null.</summary>
public sealed record SavedReportDraft
{
    /// <summary>Longest title saved.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Longest view (query text) saved.</summary>
    public const int MaxViewLength = 4000;

    /// <summary>Longest notes saved, in characters (UTF-16 code units, as a text field counts them).</summary>
    public const int MaxNotesLength = 100_000;

    /// <summary>The report to update, or null to create one.</summary>
    public string? Id { get; init; }

    public string Title { get; init; } = "";

    /// <summary>The report page's query without title and notes (see <see cref="SavedReport.View"/>).</summary>
    public string View { get; init; } = "";

    /// <summary>The notes (markdown), saved exactly as given.</summary>
    public string Notes { get; init; } = "";

    /// <summary>Problems with the draft, each a sentence; empty when it can be saved.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Id is not null && !SavedReportIds.IsValid(Id))
            errors.Add($"'{Shorten(Id)}' is not a saved report id ({SavedReportIds.Length} characters 0-9 and a-f).");
        if (string.IsNullOrWhiteSpace(Title)) errors.Add("A saved report needs a title.");
        else if (Title.Length > MaxTitleLength) errors.Add(Count($"The title has {Title.Length} characters; at most {MaxTitleLength} are saved."));
        if (View is null || View.Length > MaxViewLength) errors.Add(Count($"The view has {View?.Length ?? 0} characters; at most {MaxViewLength} are saved."));
        if (Notes is null) errors.Add("The notes are missing (use an empty text for none).");
        else if (Notes.Length > MaxNotesLength)
            errors.Add(Count($"The notes have {Notes.Length:N0} characters; at most {MaxNotesLength:N0} can be saved. Shorten them, or split the report."));
        else if (Notes.Contains('\0', StringComparison.Ordinal)) errors.Add("The notes contain a NUL character, which cannot be saved.");
        else if (!IsWellFormed(Notes)) errors.Add("The notes contain a broken character (an unpaired UTF-16 surrogate), which cannot be saved.");
        return errors;
    }

    private static bool IsWellFormed(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static string Count(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
