using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// The answer to a save or publish; the designer adopts <see cref="WorkflowDefinition"/> as its state, so it carries the
/// root and links. <see cref="Warnings"/> (ours, the designer ignores it) lists what was saved but would stop a run.
/// </summary>
public sealed record SaveWorkflowDefinitionResponse(JsonObject WorkflowDefinition, bool AlreadyPublished, int ConsumingWorkflowCount)
{
    /// <summary>What was saved but would stop a run that reaches it, e.g. activity types the engine lacks.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
