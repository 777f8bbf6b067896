namespace ENamnd.Host.Features.Municipalities;

/// <summary>One population year: the county's total at 31 December, and whether (and when) the coordinator imported it rather than it being shipped.</summary>
public sealed record PopulationYearView(int Year, long Total, bool Imported, DateTimeOffset? ImportedAt);
