namespace ENamnd.Host.Features.Contracts;

/// <summary>Contract monitoring (<c>Contracts</c> section).</summary>
public sealed class ContractsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Contracts";

    /// <summary>The default lead times, in months before the decision deadline.</summary>
    public static readonly IReadOnlyList<int> DefaultLeadMonths = [12, 6, 3, 1];

    /// <summary>Months before the deadline that alerts go out; unset means 12, 6, 3 and 1.</summary>
    public int[]? AlertLeadMonths { get; set; }

    /// <summary>Who is told besides the owner (the coordinator): addresses or roles.</summary>
    public string Coordinators { get; set; } = "roll:samordnare";

    /// <summary>How many contracts monitoring reads at a time; each batch's emails and decisions are written in one transaction.</summary>
    public int ScanBatchSize { get; set; } = 1000;

    /// <summary>The lead times in effect.</summary>
    public IReadOnlyList<int> LeadMonths => AlertLeadMonths is { Length: > 0 } set ? set : DefaultLeadMonths;

    /// <summary>Whether the options are usable: lead times of 1–120 months without repeats, coordinators, a batch of 1–10,000 contracts.</summary>
    public bool IsValid() => LeadMonths.All(n => n is >= 1 and <= 120) && LeadMonths.Distinct().Count() == LeadMonths.Count && !string.IsNullOrWhiteSpace(Coordinators)
        && ScanBatchSize is >= 1 and <= 10_000;
}
