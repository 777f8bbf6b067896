namespace ENamnd.Activities.Approvals;

/// <summary>One approver's answer, as <see cref="RequestApproval.Decisions"/> lists it.</summary>
public sealed record ApprovalDecision(string TaskId, string Outcome, string? Comment, string DecidedBy, string Channel, DateTimeOffset DecidedAt)
{
    /// <summary>The approver's name as the task's recipient carried it (the address when it had none).</summary>
    public string? DecidedByName { get; init; }
}
