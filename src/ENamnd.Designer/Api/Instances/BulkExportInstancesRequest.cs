namespace ENamnd.Designer.Api.Instances;

/// <summary>
/// The instances an export takes and what goes with them (Elsa's shape). What is not asked for is included: an export
/// without its bookmarks or journal would not run on where it is imported.
/// </summary>
public sealed record BulkExportInstancesRequest(string?[]? Ids, bool? IncludeBookmarks, bool? IncludeActivityExecutionLog, bool? IncludeWorkflowExecutionLog);
