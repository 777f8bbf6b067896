using System.Globalization;
using ENamnd.Activities;
using ENamnd.Persistence.Evidence;

namespace ENamnd.Host.Features.Audit;

/// <summary>The Swedish texts of a verification of the evidence chain (beviskedjan).</summary>
public static class AuditTexts
{
    /// <summary>One sentence on the whole result, naming the first break.</summary>
    public static string Summary(EvidenceReport report)
    {
        if (report.FirstBreak is not { } found)
        {
            var counts = string.Join(", ", report.Tables.Select(t => $"{Count(t.Checked)} {Plural(t.Table)}"));
            var waiting = report.Tables.Sum(t => t.NotYetSealed);
            return $"Beviskedjan är obruten: {Count(report.Tables.Sum(t => t.Checked))} förseglade rader stämmer ({counts}); " +
                   $"{Count(waiting)} {(waiting == 1 ? "rad väntar" : "rader väntar")} på försegling.";
        }
        var where = found.Sequence is { } sequence ? $"länk {Count(sequence)}" : "utanför kedjan";
        var total = report.Breaks == 1 ? "1 brott" : $"{Count(report.Breaks)} brott";
        return $"Beviskedjan är bruten vid {Singular(found.Table)} {found.RowKey.ToString(CultureInfo.InvariantCulture)} ({where}): {Describe(found.Kind)}. {total} totalt.";
    }

    /// <summary>What a break means.</summary>
    public static string Describe(EvidenceBreakKind kind) => kind switch
    {
        EvidenceBreakKind.Changed => "raden har ändrats efter att den förseglades",
        EvidenceBreakKind.Missing => "raden saknas; den har tagits bort efter att den förseglades",
        EvidenceBreakKind.OutOfOrder => "länken följer inte på länken före; länkar har tagits bort, lagts till eller bytt plats",
        EvidenceBreakKind.LinkChanged => "länken själv har ändrats",
        EvidenceBreakKind.NotInChain => "raden finns inte i kedjan fast den skrevs före den senaste förseglingen; den har lagts till i efterhand",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Singular(string table) => table switch
    {
        EvidenceTables.Decisions => "beslut",
        EvidenceTables.Audit => "granskningspost",
        _ => $"raden i {table}",
    };

    private static string Plural(string table) => table switch
    {
        EvidenceTables.Decisions => "beslut",
        EvidenceTables.Audit => "granskningsposter",
        _ => $"rader i {table}",
    };

    // Swedish digit grouping: 12 345.
    private static string Count(long value) => value.ToString("#,0", SwedishDates.Culture);
}
