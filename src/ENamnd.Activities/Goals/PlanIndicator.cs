namespace ENamnd.Activities.Goals;

/// <summary>An indicator (indikator) of a goal: what is measured, the target and its unit, and where the value comes from.</summary>
public sealed record PlanIndicator(string Id, string Name, string? Target, string? Unit, IndicatorSource Source);
