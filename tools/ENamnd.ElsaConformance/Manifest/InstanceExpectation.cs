namespace ENamnd.ElsaConformance.Manifest;

/// <summary>An instance the run must have started besides the main one (a child workflow), with its correlation id.</summary>
public sealed record InstanceExpectation(string DefinitionId, string? CorrelationId);
