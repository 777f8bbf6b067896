using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Stores;

/// <summary>The views of one state store: instances, bookmarks, pending signals and the step committer writing them.</summary>
public sealed record WorkflowStateStores(IWorkflowInstanceStore Instances, IBookmarkStore Bookmarks, IWorkflowStepCommitter Committer, IPendingSignalStore Signals);
