namespace ENamnd.Activities.Goals;

/// <summary>A planned committee meeting: its id and when it starts.</summary>
public sealed record PlannedMeeting(string Id, DateTimeOffset StartsAt);
