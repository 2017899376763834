using Microsoft.Playwright;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// Waits for what the page shows eventually. Live charts receive their points in batches (≤ 2 Hz, and only once the
/// chart exists in the browser), so a run can have finished before its last points reach the chart: read a count
/// only after waiting for its expected value, never right after another condition.
/// </summary>
internal static class PageWaits
{
    /// <summary>
    /// Waits until <paramref name="selector"/>'s <paramref name="attribute"/> equals <paramref name="expected"/>; on timeout
    /// fails with the value it last had and <paramref name="because"/>.
    /// </summary>
    public static async Task WaitForAttributeAsync(this IPage page, string selector, string attribute, string expected, string because, float timeout = 30_000)
    {
        try
        {
            await page.WaitForSelectorAsync($"{selector}[{attribute}='{expected}']", new() { Timeout = timeout });
        }
        catch (TimeoutException)
        {
            string? actual = await page.GetAttributeAsync(selector, attribute, new() { Timeout = 1_000 });
            actual.ShouldBe(expected, $"{selector} {attribute} after {timeout / 1000:0} s: {because}");
            throw;
        }
    }
}
