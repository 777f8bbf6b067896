using ENamnd.ElsaConformance.Manifest;
using ENamnd.ElsaConformance.Running;

namespace ENamnd.ElsaConformance.Reporting;

/// <summary>The totals under the table.</summary>
public sealed record ConformanceTotals(int Files, int Workflows, int Imported, int Checked, int Ran, int Counted, int Matched, int LeftOut, int NotChecked)
{
    /// <summary>Matched of counted, in percent (0 when nothing is counted).</summary>
    public double Percentage => Counted == 0 ? 0 : 100.0 * Matched / Counted;

    /// <summary>The totals of <paramref name="results"/>.</summary>
    public static ConformanceTotals Of(IReadOnlyList<FileResult> results) => new(
        Files: results.Count,
        Workflows: results.Count(r => r.File.Role != FileRole.NotAWorkflow),
        Imported: results.Count(r => r.Import?.Imported == true),
        Checked: results.Count(r => r.File.Role == FileRole.Checked),
        Ran: results.Count(r => r.File.Role == FileRole.Checked && r.Ran),
        Counted: results.Count(r => r.Counted),
        Matched: results.Count(r => r.Counted && r.Matched),
        LeftOut: results.Count(r => r.File.Role == FileRole.LeftOut),
        NotChecked: results.Count(r => r.File.Role == FileRole.NotChecked));
}
