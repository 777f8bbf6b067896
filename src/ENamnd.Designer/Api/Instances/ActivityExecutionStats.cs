namespace ENamnd.Designer.Api.Instances;

/// <summary>How often an activity ran in an instance; the viewer colours nodes with it.</summary>
public sealed record ActivityExecutionStats(
    string ActivityId,
    string ActivityNodeId,
    long StartedCount,
    long CompletedCount,
    long UncompletedCount,
    bool IsBlocked,
    bool IsFaulted);
