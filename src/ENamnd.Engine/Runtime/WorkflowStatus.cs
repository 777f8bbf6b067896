namespace ENamnd.Engine.Runtime;

/// <summary>Whether an instance can still make progress.</summary>
public enum WorkflowStatus
{
    Running,
    Finished,
}
