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

    /// <summary>The lead times in effect.</summary>
    public IReadOnlyList<int> LeadMonths => AlertLeadMonths is { Length: > 0 } set ? set : DefaultLeadMonths;

    /// <summary>Whether the lead times are usable: 1–120 months, no repeats.</summary>
    public bool IsValid() => LeadMonths.All(n => n is >= 1 and <= 120) && LeadMonths.Distinct().Count() == LeadMonths.Count && !string.IsNullOrWhiteSpace(Coordinators);
}
