namespace ENamnd.Engine.Stores;

/// <summary>A definition version cannot be deleted because running instances use it.</summary>
public sealed class WorkflowDefinitionInUseException(string definitionId, int version)
    : Exception($"Version {version} av arbetsflödet '{definitionId}' används av pågående ärenden och kan inte tas bort.")
{
    /// <summary>The definition id.</summary>
    public string DefinitionId { get; } = definitionId;

    /// <summary>The version number.</summary>
    public int Version { get; } = version;
}
