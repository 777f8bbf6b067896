namespace ENamnd.Designer.Api.Definitions;

/// <summary>A bulk action on definition versions.</summary>
public sealed record BulkVersionIdsRequest(string[]? Ids);
