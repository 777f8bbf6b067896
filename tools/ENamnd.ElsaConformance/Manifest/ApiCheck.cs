using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ENamnd.ElsaConformance.Manifest;

/// <summary>
/// A GET on the designer API (relative to <c>/elsa/api</c>) and what its answer must hold; or a POST, a change the
/// test makes (e.g. publishing a new version) that the reads after it see.
/// </summary>
public sealed record ApiCheck
{
    /// <summary>The route of a read, e.g. <c>/workflow-definitions/x/consumers</c>; null for a POST.</summary>
    public string? Get { get; init; }

    /// <summary>The route of a POST, e.g. <c>/workflow-definitions</c>; null for a read.</summary>
    public string? Post { get; init; }

    /// <summary>The JSON body of a POST; an empty object when left out.</summary>
    public JsonObject? Body { get; init; }

    /// <summary>The request as the report shows it, e.g. <c>GET /workflow-definitions/x</c>.</summary>
    [JsonIgnore]
    public string Request => Post is { } post ? $"POST {post}" : $"GET {Get}";

    /// <summary>The expected status code.</summary>
    public int? Status { get; init; }

    /// <summary>Paths (<c>a.b[0].c</c>) whose array must contain these values (or whose value must equal a scalar).</summary>
    public Dictionary<string, JsonNode?> Contains { get; init; } = [];

    /// <summary>Paths whose value must equal these values.</summary>
    [JsonPropertyName("equals")]
    public Dictionary<string, JsonNode?> Exactly { get; init; } = [];

    /// <summary>Paths that must not be present.</summary>
    public List<string> Lacks { get; init; } = [];
}
