namespace ENamnd.Activities.Approvals;

/// <summary>One approver's answer, as <see cref="RequestApproval.Decisions"/> lists it.</summary>
public sealed record ApprovalDecision(string TaskId, string Outcome, string? Comment, string DecidedBy, string Channel, DateTimeOffset DecidedAt);
