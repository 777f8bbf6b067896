using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ENamnd.ElsaConformance.Manifest;

/// <summary>A GET on the designer API (relative to <c>/elsa/api</c>) and what its answer must hold.</summary>
public sealed record ApiCheck
{
    /// <summary>The route, e.g. <c>/workflow-definitions/x/consumers</c>.</summary>
    public required string Get { get; init; }

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
