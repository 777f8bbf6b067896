namespace ENamnd.Engine.Runtime;

/// <summary>What a resume did.</summary>
public enum ResumeOutcome
{
    /// <summary>The bookmark was consumed and the instance ran a step.</summary>
    Resumed,

    /// <summary>The bookmark was already consumed (or its instance has ended); nothing changed.</summary>
    AlreadyHandled,
}
