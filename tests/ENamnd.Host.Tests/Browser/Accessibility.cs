using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ENamnd.Host.Tests.Browser;

/// <summary>
/// The one accessibility check of the browser tests: axe-core's WCAG 2.1 A/AA and best-practice rules (AA is what Swedish
/// law requires of public-sector services), failing on serious or critical violations.
/// </summary>
internal static class Accessibility
{
    private static readonly HashSet<string> Failing = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    private static AxeRunOptions Rules => new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } };

    /// <summary>The serious and critical violations on <paramref name="page"/> as it is now, each named with <paramref name="where"/>.</summary>
    public static async Task<List<string>> ViolationsAsync(IPage page, string where) => Failures(await page.RunAxe(Rules), where);

    /// <summary>The serious and critical violations within one part of a page (e.g. our markup around a Studio element).</summary>
    public static async Task<List<string>> ViolationsAsync(ILocator part, string where) => Failures(await part.RunAxe(Rules), where);

    private static List<string> Failures(AxeResult result, string where) =>
    [
        .. result.Violations
            .Where(v => v.Impact is not null && Failing.Contains(v.Impact))
            .Select(v => $"{where}: [{v.Impact}] {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(5).Select(n => n.Target?.ToString()))} ({v.Nodes.Length} nodes)"),
    ];
}
