using System.Text.Json.Nodes;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Runtime;

/// <summary>What to start: a definition (the published version unless told otherwise), with input and a correlation id.</summary>
public sealed record StartWorkflowRequest(string DefinitionId)
{
    /// <summary>Which version to run; by default the published one.</summary>
    public VersionOptions VersionOptions { get; init; } = VersionOptions.Published;

    /// <summary>The business key, e.g. the case number.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The workflow's input.</summary>
    public JsonObject? Input { get; init; }

    /// <summary>A pre-assigned instance id, which makes the start safe to repeat.</summary>
    public string? InstanceId { get; init; }

    /// <summary>
    /// The id of the trigger activity the start answers (Elsa's <c>TriggerActivityId</c>), e.g. the HTTP endpoint whose
    /// request starts the instance: its flowchart starts at it, and it runs as triggered instead of waiting.
    /// </summary>
    public string? TriggerActivityId { get; init; }

    /// <summary>The parent waiting for this instance, when it is a subprocess.</summary>
    public ParentReference? Parent { get; init; }

    /// <summary>
    /// Facts the caller writes with the instance's first step, in the same commit (e.g. the case a main
    /// process runs), so that neither exists without the other. Not written when the instance already exists.
    /// </summary>
    public IReadOnlyList<StepRecord> Records { get; init; } = [];
}
