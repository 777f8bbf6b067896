namespace ENamnd.Activities.Municipalities;

/// <summary>One year's population figures (folkmängd den 31 december) for every member municipality, imported from SCB.</summary>
/// <param name="Year">The year: the figures are the population at 31 December of it.</param>
/// <param name="ByCode">The population by municipality code ("2580"), one figure for each member municipality.</param>
/// <param name="ImportedAt">When the coordinator imported them.</param>
public sealed record PopulationFigures(int Year, IReadOnlyDictionary<string, int> ByCode, DateTimeOffset ImportedAt);
