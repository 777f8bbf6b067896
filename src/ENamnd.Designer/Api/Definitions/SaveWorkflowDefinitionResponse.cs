using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>The answer to a save or publish; the designer adopts <see cref="WorkflowDefinition"/> as its state, so it carries the root and links.</summary>
public sealed record SaveWorkflowDefinitionResponse(JsonObject WorkflowDefinition, bool AlreadyPublished, int ConsumingWorkflowCount);
