namespace ENamnd.Activities.Goals;

/// <summary>The step records of goal follow-ups.</summary>
public static class FollowUpRecordKinds
{
    /// <summary>A follow-up task was opened for an item (payload: <see cref="FollowUpTask"/>).</summary>
    public const string TaskOpened = "followup.task";
}
