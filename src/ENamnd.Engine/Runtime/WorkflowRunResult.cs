namespace ENamnd.Engine.Runtime;

/// <summary>The instance after a start; <see cref="AlreadyStarted"/> when the instance id was in use.</summary>
public sealed record WorkflowRunResult(WorkflowInstance Instance, bool AlreadyStarted = false);
