using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Stores;

/// <summary>The three views of one state store: instances, bookmarks and the step committer writing both.</summary>
public sealed record WorkflowStateStores(IWorkflowInstanceStore Instances, IBookmarkStore Bookmarks, IWorkflowStepCommitter Committer);
