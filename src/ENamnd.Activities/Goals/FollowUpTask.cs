namespace ENamnd.Activities.Goals;

/// <summary>Which item of a follow-up a task asks about.</summary>
public sealed record FollowUpTask(string TaskId, string InstanceId, string ItemKey);
