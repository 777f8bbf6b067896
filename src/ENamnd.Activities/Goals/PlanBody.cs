namespace ENamnd.Activities.Goals;

/// <summary>A plan as the API receives it (<c>POST</c>/<c>PUT /api/plans</c>).</summary>
public sealed record PlanBody(int? Year, string? Title, List<GoalBody?>? Goals);
