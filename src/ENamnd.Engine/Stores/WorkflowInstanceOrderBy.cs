namespace ENamnd.Engine.Stores;

/// <summary>The keys an instance list can be ordered by, as Elsa's instance list offers them.</summary>
public enum WorkflowInstanceOrderBy
{
    /// <summary>When the instance was created.</summary>
    Created,

    /// <summary>When the instance last ran a step.</summary>
    LastExecuted,

    /// <summary>When the instance finished.</summary>
    Finished,

    /// <summary>The instance's name.</summary>
    Name,
}
