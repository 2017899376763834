using HessianDashboard.Web.Components.Report;

namespace HessianDashboard.Web.Tests.Components.Report;

/// <summary>Notes are markdown; anything that could run script in the report is escaped or neutralised.</summary>
public sealed class NotesMarkdownTests
{
    [Fact]
    public void ToHtml_HeadingListAndCode_AreRendered()
    {
        string html = NotesMarkdown.ToHtml("## Findings\n\n- λmax grows\n- `m = 100` is enough\n");

        html.ShouldContain("<h2>Findings</h2>");
        html.ShouldContain("<li>λmax grows</li>");
        html.ShouldContain("<code>m = 100</code>");
    }

    [Fact]
    public void ToHtml_RawHtml_IsEscapedNotInterpreted()
    {
        string html = NotesMarkdown.ToHtml("Hello <script>alert('x')</script>\n\n<div onclick=\"x()\">block</div>\n");

        html.ShouldNotContain("<script");
        html.ShouldNotContain("<div");
        html.ShouldContain("&lt;script&gt;");
        html.ShouldContain("&lt;div onclick=");
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](java&#09;script:alert(1))")]
    [InlineData("![img](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x][r]\n\n[r]: vbscript:msgbox(1)")]
    public void ToHtml_ScriptUrls_PointNowhere(string markdown)
    {
        string html = NotesMarkdown.ToHtml(markdown);

        html.ShouldNotContain("script:", Case.Insensitive);
        html.ShouldNotContain("data:");
        html.ShouldContain("=\"#\"");
    }

    [Theory]
    [InlineData("[docs](https://example.org/a?b=c)", "https://example.org/a?b=c")]
    [InlineData("[run](/compare?runs=a,b)", "/compare?runs=a,b")]
    [InlineData("[mail](mailto:team@example.org)", "mailto:team@example.org")]
    [InlineData("[note](#results)", "#results")]
    [InlineData("[odd](a/b:c)", "a/b:c")]
    public void ToHtml_OrdinaryLinks_AreKept(string markdown, string href)
    {
        NotesMarkdown.ToHtml(markdown).ShouldContain($"href=\"{href}\"");
    }

    [Fact]
    public void ToHtml_Nothing_IsEmpty()
    {
        NotesMarkdown.ToHtml(null).ShouldBe("");
        NotesMarkdown.ToHtml("  \n ").ShouldBe("");
    }
}
