namespace ENamnd.Activities.Goals;

/// <summary>A goal as the API receives it; without an id one is given from its position.</summary>
public sealed record GoalBody(string? Id, string? Title, string? Owner, List<IndicatorBody?>? Indicators);
