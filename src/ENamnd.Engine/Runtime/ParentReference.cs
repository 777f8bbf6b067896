namespace ENamnd.Engine.Runtime;

/// <summary>The parent instance waiting for a child workflow, and the bookmark to resume when the child ends.</summary>
public sealed record ParentReference(string InstanceId, string BookmarkId);
