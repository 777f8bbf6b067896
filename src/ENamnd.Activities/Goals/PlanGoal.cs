namespace ENamnd.Activities.Goals;

/// <summary>A goal (mål) of a plan: its text, who follows it up (an address or a role such as <c>roll:samordnare</c>) and its indicators.</summary>
public sealed record PlanGoal(string Id, string Title, string Owner, IReadOnlyList<PlanIndicator> Indicators);
