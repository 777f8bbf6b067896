using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>One page of instances and how many match in all.</summary>
/// <param name="Items">The page's instances, newest first.</param>
/// <param name="Total">How many instances match the filter.</param>
public sealed record WorkflowInstancePage(IReadOnlyList<WorkflowInstance> Items, int Total);
