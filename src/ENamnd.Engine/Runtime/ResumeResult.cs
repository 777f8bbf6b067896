namespace ENamnd.Engine.Runtime;

/// <summary>The result of a resume, with the instance as committed when it ran.</summary>
public sealed record ResumeResult(ResumeOutcome Outcome, WorkflowInstance? Instance)
{
    /// <summary>Nothing changed: the bookmark was already handled.</summary>
    public static ResumeResult AlreadyHandled { get; } = new(ResumeOutcome.AlreadyHandled, null);
}
