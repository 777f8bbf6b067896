using System.Text.Json.Nodes;

namespace ENamnd.Host.Features.Runtime;

/// <summary>A request to start a workflow (the published version).</summary>
public sealed record StartRequest(string? DefinitionId, string? CorrelationId, JsonObject? Input);
