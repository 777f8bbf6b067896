namespace ENamnd.Host.Features.Municipalities;

/// <summary>An import of a population year as the API answers it: the year, whether it replaced an earlier import, the county's total, and the years there now are.</summary>
public sealed record PopulationImportView(int Year, bool Replaced, long Total, int LatestYear, IReadOnlyList<int> PopulationYears);
