namespace ENamnd.Engine.Runtime;

/// <summary>
/// The instance that started a child workflow and, when it waits for the child, the bookmark to resume when the child
/// ends. A child started without waiting (Elsa's <c>WaitForCompletion</c> off) still records its parent, as Elsa does.
/// </summary>
public sealed record ParentReference(string InstanceId, string? BookmarkId);
