using System.Globalization;
using ENamnd.Activities.Contracts;
using ENamnd.Persistence.Ledger;

namespace ENamnd.Host.Features.Contracts;

/// <summary>The ledger keys of contract monitoring's emails, each about its contract (<see cref="Contract.SubjectOf"/>).</summary>
public static class ContractLedgerKeys
{
    /// <summary>The kind of alerts before a deadline.</summary>
    public const string AlertKind = "contract-alert";

    /// <summary>The kind of warnings that a contract ended without a decision.</summary>
    public const string ExpiredKind = "contract-expired";

    /// <summary>The alert <paramref name="leadMonths"/> months before a deadline: <c>contract-alert:{id}:2027-03-31:6m</c>.</summary>
    public static LedgerKey Alert(string contractId, DateOnly deadline, int leadMonths) =>
        new(AlertKind, Contract.SubjectOf(contractId), string.Create(CultureInfo.InvariantCulture, $"{contractId}:{deadline:yyyy-MM-dd}:{leadMonths}m"));

    /// <summary>The warning that a contract ended on <paramref name="end"/> without a decision: <c>contract-expired:{id}:2027-03-31</c>.</summary>
    public static LedgerKey Expired(string contractId, DateOnly end) =>
        new(ExpiredKind, Contract.SubjectOf(contractId), string.Create(CultureInfo.InvariantCulture, $"{contractId}:{end:yyyy-MM-dd}"));
}
