namespace ENamnd.Activities.Goals;

/// <summary>An annual plan (verksamhetsplan) with its goals (mål) and their indicators (indikatorer).</summary>
public sealed record Plan(string Id, int Year, string Title, IReadOnlyList<PlanGoal> Goals, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
