namespace ENamnd.Designer.Api.Definitions;

/// <summary>A node, the container activity the designer shows it in, and the path from the root to that container (Elsa's shape).</summary>
public sealed record PathSegmentsResponse(ActivityNodeResponse ChildNode, ActivityNodeResponse Container, IReadOnlyList<ActivityPathSegment> PathSegments);
