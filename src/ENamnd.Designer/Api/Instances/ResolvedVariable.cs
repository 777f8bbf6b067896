using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Instances;

/// <summary>A variable of an instance with its current value.</summary>
public sealed record ResolvedVariable(string Id, string Name, JsonNode? Value);
