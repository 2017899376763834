using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HessianDashboard.Web.Components.Report;

/// <summary>
/// A report's notes, markdown → HTML with Markdig. Notes can arrive in a link, so they are untrusted: raw HTML is not
/// interpreted but escaped (<c>DisableHtml</c>: <c>&lt;script&gt;</c> shows as text), and links or images whose scheme is
/// not http, https or mailto (e.g. <c>javascript:</c>) point nowhere. Only CommonMark and pipe tables: no extension that
/// lets text set HTML attributes.
/// </summary>
public static class NotesMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();

    /// <summary>What a link with a refused scheme points to instead.</summary>
    public const string RefusedUrl = "#";

    /// <summary>The HTML of <paramref name="markdown"/> (empty for empty notes).</summary>
    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            if (!IsSafe(link.Url)) link.Url = RefusedUrl;
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!IsSafe(link.Url)) link.Url = RefusedUrl;
        return Markdown.ToHtml(document, Pipeline);
    }

    /// <summary>
    /// True for relative addresses and the schemes http, https and mailto. Browsers drop tabs, newlines and other
    /// control characters inside a scheme ("java&#9;script:"), so they are dropped here before the scheme is read.
    /// </summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        string cleaned = new([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        int colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return true;
        int path = cleaned.IndexOfAny(['/', '?', '#']);
        if (path >= 0 && path < colon) return true; // a colon after the path began: no scheme
        return cleaned[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }
}
