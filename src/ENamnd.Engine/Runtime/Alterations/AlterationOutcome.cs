namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>What applying one alteration did: a Swedish message, or the reason it was refused; whether work was scheduled.</summary>
internal sealed record AlterationOutcome(string Message, bool Failed = false, bool Scheduled = false)
{
    /// <summary>The context of the step after a migration, which runs over the target version.</summary>
    public WorkflowExecutionContext? Rebound { get; init; }

    /// <summary>A refusal.</summary>
    public static AlterationOutcome Refused(string reason) => new(reason, Failed: true);
}
