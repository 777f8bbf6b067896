using ENamnd.Persistence.Rows;

namespace ENamnd.Persistence.Evidence;

/// <summary>The evidence tables: which the chain seals, and which the host's own database role may only insert into and read.</summary>
public static class EvidenceTables
{
    /// <summary>The participants' decisions.</summary>
    public const string Decisions = "decisions";

    /// <summary>What caused each step.</summary>
    public const string Audit = "audit";

    /// <summary>The hash chain itself.</summary>
    public const string Chain = "evidence_chain";

    /// <summary>The tables the chain seals, in the order a seal takes rows written at the same moment.</summary>
    public static IReadOnlyList<string> Sealed { get; } = [Decisions, Audit];

    /// <summary>The append-only tables: the sealed ones and the chain.</summary>
    public static IReadOnlyList<string> AppendOnly { get; } = [.. Sealed, Chain];

    /// <summary>The sealed tables with how to read them, in the order of <see cref="Sealed"/>.</summary>
    internal static IReadOnlyList<IEvidenceTable> Readers { get; } =
    [
        new EvidenceTable<DecisionRow>(Decisions, nameof(DecisionRow.DecidedAtUtc)),
        new EvidenceTable<AuditRow>(Audit, nameof(AuditRow.Timestamp)),
    ];
}
