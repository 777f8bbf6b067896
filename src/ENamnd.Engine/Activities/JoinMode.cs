namespace ENamnd.Engine.Activities;

/// <summary>How a <see cref="FlowJoin"/> merges its inbound branches.</summary>
public enum JoinMode
{
    /// <summary>Wait for every inbound branch that was activated and can still arrive.</summary>
    WaitAll,

    /// <summary>Continue on the first arrival and cancel the other inbound branches.</summary>
    WaitAny,

    /// <summary>Elsa's name for what <see cref="WaitAll"/> does here: wait for every inbound branch that was activated.</summary>
    WaitAllActive,
}
