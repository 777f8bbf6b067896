using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>The designer's save: the whole definition as Elsa JSON, and whether to publish it.</summary>
public sealed record SaveWorkflowDefinitionRequest(JsonObject? Model, bool? Publish);
