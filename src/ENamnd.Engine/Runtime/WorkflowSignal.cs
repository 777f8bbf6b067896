using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// Work for another instance that a step asks for; it is committed with the step and carried out after the commit
/// (see <see cref="PendingSignal"/>). Every kind is safe to carry out twice. Stored as JSON with its kind in <c>kind</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(StartChild), "startChild")]
[JsonDerivedType(typeof(ResumeParent), "resumeParent")]
[JsonDerivedType(typeof(CancelChild), "cancelChild")]
public abstract record WorkflowSignal
{
    /// <summary>Start a child workflow under a pre-assigned instance id (safe to repeat); a parent, if any, waits for it.</summary>
    public sealed record StartChild(string ChildInstanceId, string DefinitionId, int? Version, string? CorrelationId, JsonObject Input, ParentReference? Parent) : WorkflowSignal;

    /// <summary>Resume the parent's bookmark with the finished child's result (safe to repeat).</summary>
    public sealed record ResumeParent(ParentReference Parent, JsonObject Result) : WorkflowSignal;

    /// <summary>Cancel a child whose parent no longer waits for it (safe to repeat: an ended instance stays as it is).</summary>
    public sealed record CancelChild(string ChildInstanceId) : WorkflowSignal;
}
