using System.Text.Json.Nodes;

namespace ENamnd.Activities.Goals;

/// <summary>An indicator as the API receives it; the target may be a number, a text or true/false.</summary>
public sealed record IndicatorBody(string? Id, string? Name, JsonNode? Target, string? Unit, string? Source);
