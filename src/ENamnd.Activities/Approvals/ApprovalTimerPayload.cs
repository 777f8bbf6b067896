namespace ENamnd.Activities.Approvals;

/// <summary>The payload of an approval's timer bookmark: what it is for (reminder or deadline) and when it is due.</summary>
public sealed record ApprovalTimerPayload(string Purpose, DateTimeOffset ResumeAt);
