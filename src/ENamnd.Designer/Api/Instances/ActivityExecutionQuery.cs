namespace ENamnd.Designer.Api.Instances;

/// <summary>The query of the activity execution lists (<c>WorkflowInstanceId</c>, <c>ActivityNodeId</c>, <c>Completed</c>).</summary>
public sealed class ActivityExecutionQuery
{
    /// <summary>The instance.</summary>
    public string? WorkflowInstanceId { get; set; }

    /// <summary>Only executions of this node.</summary>
    public string? ActivityNodeId { get; set; }

    /// <summary>Only finished (true) or unfinished (false) executions.</summary>
    public bool? Completed { get; set; }
}
