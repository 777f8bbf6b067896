namespace ENamnd.Designer.Api.Definitions;

/// <summary>How many versions a bulk delete removed.</summary>
public sealed record BulkDeleteResponse(long Deleted);
