namespace ENamnd.Engine.Runtime;

/// <summary>No definition version matches a start request.</summary>
public sealed class WorkflowNotFoundException(string definitionId, string versionOptions)
    : Exception($"Arbetsflödet '{definitionId}' finns inte i versionen '{versionOptions}'.")
{
    /// <summary>The definition id asked for.</summary>
    public string DefinitionId { get; } = definitionId;
}
