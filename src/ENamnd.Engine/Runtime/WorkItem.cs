namespace ENamnd.Engine.Runtime;

/// <summary>One unit of work in a step's queue. The queue is drained before a step ends, so it is never persisted.</summary>
internal sealed record WorkItem(WorkItemKind Kind, string ContextId, Bookmark? Bookmark = null, ChildCompletion? Child = null);

/// <summary>What a work item does with its activity execution.</summary>
internal enum WorkItemKind
{
    Execute,
    Resume,
    ChildCompleted,
}
