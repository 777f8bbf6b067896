using System.Globalization;
using ENamnd.ElsaConformance.Manifest;
using ENamnd.ElsaConformance.Running;

namespace ENamnd.ElsaConformance.Reporting;

/// <summary>Writes the results as a Markdown table, one row per file, and the totals.</summary>
public static class ConformanceReport
{
    private const int MaxCell = 220;
    private static readonly string[] Headers = ["File", "Role", "Imported", "Ran", "Expected", "Actual", "Matched"];

    /// <summary>Writes the report of <paramref name="results"/>; <paramref name="sourceCommit"/> is the commit the files were read from.</summary>
    public static void Write(TextWriter output, ConformanceManifest manifest, string? sourceCommit, IReadOnlyList<FileResult> results)
    {
        output.WriteLine("# ENamnd against elsa-core's test workflows");
        output.WriteLine();
        output.WriteLine($"Manifest read from elsa-core {manifest.ElsaCoreCommit}; files read from {sourceCommit ?? "a checkout without git"}.");
        if (sourceCommit is not null && sourceCommit != manifest.ElsaCoreCommit)
            output.WriteLine("**The files come from another commit than the manifest was written for: expectations may be out of date.**");
        output.WriteLine();
        output.WriteLine($"| {string.Join(" | ", Headers)} |");
        output.WriteLine($"|{string.Join("|", Headers.Select(_ => "---"))}|");
        foreach (var result in results) output.WriteLine($"| {string.Join(" | ", Row(result).Select(Cell))} |");
        output.WriteLine();
        var totals = ConformanceTotals.Of(results);
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine($"- Files: {totals.Files} ({totals.Workflows} workflows, {totals.Files - totals.Workflows} not workflows)");
        output.WriteLine($"- Imported: {totals.Imported} of {totals.Workflows} workflows");
        output.WriteLine($"- Ran: {totals.Ran} of {totals.Checked} files an Elsa test runs or checks directly");
        output.WriteLine($"- Matched: {totals.Matched} of {totals.Counted} files an Elsa test checks (directly or as a child workflow): " +
            string.Format(invariant, "**{0:0.0} %**", totals.Percentage));
        output.WriteLine($"- Not counted: {totals.LeftOut} left out (their test checks what ENamnd has no equivalent of), " +
            $"{totals.NotChecked} not checked by any Elsa test, {totals.Files - totals.Workflows} not workflows");
    }

    private static string[] Row(FileResult r)
    {
        var file = r.File;
        var path = file.Path.StartsWith("test/", StringComparison.Ordinal) ? file.Path["test/".Length..] : file.Path;
        var role = file.Role switch
        {
            FileRole.Checked => "checked",
            FileRole.Dependency => $"child of {Path.GetFileName(file.CheckedVia)}",
            FileRole.LeftOut => "left out",
            FileRole.NotChecked => "not checked",
            _ => "not a workflow",
        };
        var expected = file.Role switch
        {
            FileRole.Checked => ExpectationCheck.Describe(file),
            FileRole.Dependency => $"{Path.GetFileName(file.CheckedVia)} matches",
            FileRole.LeftOut => file.LeftOut!,
            FileRole.NotChecked => file.NotChecked!,
            _ => file.NotWorkflow!,
        };
        var actual = !r.Counted ? "–" : r.Matched ? "as expected" : string.Join("; ", r.Differences);
        var matched = !r.Counted ? "–" : r.Matched ? "yes" : "no";
        return [path, role, r.Import?.Summary ?? "–", r.Run?.Summary ?? "–", expected, actual, matched];
    }

    private static string Cell(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
        return flat.Length > MaxCell ? flat[..MaxCell] + "…" : flat;
    }
}
