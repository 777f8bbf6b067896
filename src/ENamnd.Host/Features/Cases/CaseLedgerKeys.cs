using ENamnd.Persistence.Ledger;

namespace ENamnd.Host.Features.Cases;

/// <summary>The ledger keys of the cases feature: <c>demo-case:{caseNumber}</c>, recorded once a demo case has been driven to its phase.</summary>
public static class CaseLedgerKeys
{
    /// <summary>The kind of a demo case that reached its phase.</summary>
    public const string DemoCaseKind = "demo-case";

    /// <summary>The ledger subject of a case.</summary>
    public static string Subject(string caseNumber) => $"case:{caseNumber}";

    /// <summary>The demo case <paramref name="caseNumber"/> has been driven to its phase and is left alone from then on.</summary>
    public static LedgerKey DemoCasePlaced(string caseNumber) => new(DemoCaseKind, Subject(caseNumber), caseNumber);
}
