using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime;

/// <summary>Work for another instance that a step asks for; the runtime carries it out after the step is committed.</summary>
public abstract record WorkflowSignal
{
    /// <summary>Start a child workflow under a pre-assigned instance id (safe to repeat); a parent, if any, waits for it.</summary>
    public sealed record StartChild(string ChildInstanceId, string DefinitionId, int? Version, string? CorrelationId, JsonObject Input, ParentReference? Parent) : WorkflowSignal;

    /// <summary>Resume the parent's bookmark with the finished child's result (safe to repeat).</summary>
    public sealed record ResumeParent(ParentReference Parent, JsonObject Result) : WorkflowSignal;

    /// <summary>Cancel a child whose parent no longer waits for it.</summary>
    public sealed record CancelChild(string ChildInstanceId) : WorkflowSignal;
}
