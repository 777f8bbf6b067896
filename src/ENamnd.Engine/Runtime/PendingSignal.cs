namespace ENamnd.Engine.Runtime;

/// <summary>
/// A signal as its step commits it: stored with the step, delivered after the commit and then forgotten. Until a
/// delivery is recorded the sweep delivers it again; its id is stable, so the record of a delivery finds it.
/// </summary>
public sealed record PendingSignal(string Id, string InstanceId, WorkflowSignal Signal, DateTimeOffset CreatedAt);
