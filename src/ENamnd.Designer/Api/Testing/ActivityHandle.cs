namespace ENamnd.Designer.Api.Testing;

/// <summary>An activity of a definition (Elsa's handle): by its id or its node id; instance ids and hashes are not used here.</summary>
public sealed record ActivityHandle(string? ActivityId, string? ActivityNodeId, string? ActivityInstanceId, string? ActivityHash);
