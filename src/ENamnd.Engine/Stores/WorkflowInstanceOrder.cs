namespace ENamnd.Engine.Stores;

/// <summary>How a page of instances is ordered; among equal keys always by id, so pages neither repeat nor skip an instance.</summary>
/// <param name="By">The key.</param>
/// <param name="Ascending">Oldest (or A) first when true; newest first when false.</param>
public sealed record WorkflowInstanceOrder(WorkflowInstanceOrderBy By = WorkflowInstanceOrderBy.Created, bool Ascending = false)
{
    /// <summary>Newest first: the instance list as it opens.</summary>
    public static WorkflowInstanceOrder NewestFirst { get; } = new();
}
