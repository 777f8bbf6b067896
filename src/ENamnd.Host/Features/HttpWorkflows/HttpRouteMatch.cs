using System.Text.Json.Nodes;
using ENamnd.Engine.Activities.Http;
using ENamnd.Engine.Runtime;

namespace ENamnd.Host.Features.HttpWorkflows;

/// <summary>
/// What a request matched: a trigger of a published definition version (<see cref="DefinitionVersionId"/> set) or the
/// bookmark of a waiting instance (<see cref="Bookmark"/> set), with the endpoint's payload and the captured route values.
/// </summary>
public sealed record HttpRouteMatch(HttpEndpointBookmarkPayload Payload, JsonObject RouteValues)
{
    /// <summary>The definition a trigger starts.</summary>
    public string? DefinitionId { get; init; }

    /// <summary>The published version a trigger starts.</summary>
    public int Version { get; init; }

    /// <summary>The published version's id, for a trigger.</summary>
    public string? DefinitionVersionId { get; init; }

    /// <summary>The trigger's activity id.</summary>
    public string? TriggerActivityId { get; init; }

    /// <summary>The waiting bookmark, for a resume.</summary>
    public Bookmark? Bookmark { get; init; }

    /// <summary>What matched, for messages: the definition or the instance.</summary>
    public string Describe() => Bookmark is { } b ? $"instansen {b.InstanceId}" : $"arbetsflödet {DefinitionId}";
}
