using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// Edits a run's tags and notes through <see cref="IRunRunner.AnnotateAsync"/> (memory and store together). Tags are saved
/// as they are added or removed; notes when Save is pressed, with a snackbar either way. Notes longer than
/// <see cref="MaxNotesLength"/> characters are refused with a message.
/// </summary>
public sealed partial class RunAnnotationsCard
{
    /// <summary>The longest notes saved (the export reader's limit of 100 KiB holds at least this many characters of ASCII).</summary>
    public const int MaxNotesLength = 100_000;

    private string? _newTag;
    private string? _notes;
    private string? _savedNotes;
    private string? _runId;
    private bool _saving;

    [Inject]
    private IRunRunner Runner { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public RunInfo Run { get; set; } = default!;

    /// <summary>Raised after tags or notes were saved, so the page reads the run again.</summary>
    [Parameter]
    public EventCallback Saved { get; set; }

    private bool NotesChanged => !string.Equals(_notes ?? "", _savedNotes ?? "", StringComparison.Ordinal);

    protected override void OnParametersSet()
    {
        // A new run, or notes saved elsewhere while nothing was typed here: show the stored notes.
        if (_runId != Run.Id || !NotesChanged)
        {
            (_notes, _savedNotes) = (Run.Notes, Run.Notes);
        }
        else _savedNotes = Run.Notes;
        _runId = Run.Id;
    }

    private async Task TagKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await AddTagAsync();
    }

    private async Task AddTagAsync()
    {
        if (RunTags.Normalize([_newTag]) is not [var tag]) return;
        _newTag = null;
        if (Run.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)) return;
        if (Run.Tags.Count >= RunTags.MaxCount)
        {
            Snackbar.Add($"A run keeps at most {RunTags.MaxCount} tags.", Severity.Warning);
            return;
        }
        await SetTagsAsync([.. Run.Tags, tag]);
    }

    private async Task SetTagsAsync(IEnumerable<string> tags)
    {
        if (await Runner.AnnotateAsync(Run.Id, [.. tags], null)) await Saved.InvokeAsync();
        else Snackbar.Add($"Run {Run.Id} no longer exists; its tags were not saved.", Severity.Error);
    }

    private async Task SaveNotesAsync()
    {
        string notes = _notes ?? "";
        if (notes.Length > MaxNotesLength)
        {
            Snackbar.Add($"Notes hold at most {MaxNotesLength:N0} characters; these have {notes.Length:N0}. Nothing was saved.", Severity.Warning);
            return;
        }
        _saving = true;
        try
        {
            if (await Runner.AnnotateAsync(Run.Id, null, notes))
            {
                _savedNotes = notes;
                Snackbar.Add("Notes saved.", Severity.Success);
                await Saved.InvokeAsync();
            }
            else Snackbar.Add($"Run {Run.Id} no longer exists; the notes were not saved.", Severity.Error);
        }
        finally
        {
            _saving = false;
        }
    }
}
