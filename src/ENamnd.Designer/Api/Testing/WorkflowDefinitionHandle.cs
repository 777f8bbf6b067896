using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Shared;

namespace ENamnd.Designer.Api.Testing;

/// <summary>A definition version (Elsa's handle): by its version id, or by definition id and version options (latest by default).</summary>
public sealed record WorkflowDefinitionHandle(string? DefinitionId, JsonNode? VersionOptions, string? DefinitionVersionId)
{
    /// <summary>The version options as text (a name or a number).</summary>
    public string? VersionOptionsText => VersionOptionsQuery.TextOf(VersionOptions);
}
