using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Model;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>A row of the definition list (Elsa's <c>WorkflowDefinitionSummary</c> with its links).</summary>
public sealed record WorkflowDefinitionSummary(
    string Id,
    string DefinitionId,
    string? Name,
    string? Description,
    int Version,
    string ToolVersion,
    bool IsLatest,
    bool IsPublished,
    bool IsReadonly,
    string? ProviderName,
    string MaterializerName,
    bool IsMaterializerAvailable,
    DateTimeOffset CreatedAt,
    IReadOnlyList<Link> Links)
{
    /// <summary>The summary of a version.</summary>
    public static WorkflowDefinitionSummary From(WorkflowDefinition d) => new(
        d.Id, d.DefinitionId, d.Name, d.Description, d.Version, d.ToolVersion, d.IsLatest, d.IsPublished, d.IsReadonly,
        ProviderName: null, MaterializerName: "Json", IsMaterializerAvailable: true, d.CreatedAt,
        DefinitionLinks.ForDefinition(d.DefinitionId, d.IsReadonly));
}
