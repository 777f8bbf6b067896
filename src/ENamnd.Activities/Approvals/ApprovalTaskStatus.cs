namespace ENamnd.Activities.Approvals;

/// <summary>How an approval closes its tasks (the <c>status</c> of <c>task.closed</c>).</summary>
internal static class ApprovalTaskStatus
{
    /// <summary>The approver answered.</summary>
    public const string Decided = "Decided";

    /// <summary>Someone else's answer settled the approval, or the activity was cancelled.</summary>
    public const string Cancelled = "Cancelled";

    /// <summary>The deadline passed and the question went to the substitute.</summary>
    public const string Escalated = "Escalated";

    /// <summary>The deadline passed with nobody to escalate to.</summary>
    public const string TimedOut = "TimedOut";
}
