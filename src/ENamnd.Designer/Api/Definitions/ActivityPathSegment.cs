namespace ENamnd.Designer.Api.Definitions;

/// <summary>One step of the path to a node: a container activity and the port the path leaves it by (Elsa's shape).</summary>
public sealed record ActivityPathSegment(string ActivityNodeId, string ActivityId, string ActivityType, string? PortName, string ActivityName);
