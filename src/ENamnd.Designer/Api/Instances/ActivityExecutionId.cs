namespace ENamnd.Designer.Api.Instances;

/// <summary>
/// The id the designer uses for one activity execution: the instance id and the engine's execution id,
/// so that <c>/activity-executions/by-id</c> can find the instance without a separate index.
/// </summary>
public static class ActivityExecutionId
{
    private const char Separator = ':';

    /// <summary>The id of an execution of an instance.</summary>
    public static string Of(string instanceId, string contextId) => $"{instanceId}{Separator}{contextId}";

    /// <summary>The instance and execution ids of an id; false when it is not one of ours.</summary>
    public static bool TryParse(string? id, out string instanceId, out string contextId)
    {
        var at = id?.LastIndexOf(Separator) ?? -1;
        instanceId = at > 0 ? id![..at] : "";
        contextId = at > 0 ? id![(at + 1)..] : "";
        return at > 0 && contextId.Length > 0;
    }
}
