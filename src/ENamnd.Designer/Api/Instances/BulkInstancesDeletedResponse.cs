namespace ENamnd.Designer.Api.Instances;

/// <summary>How many instances a bulk delete removed.</summary>
public sealed record BulkInstancesDeletedResponse(long Deleted);
