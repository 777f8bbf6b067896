using ENamnd.Engine.Model;

namespace ENamnd.Workflows;

/// <summary>
/// A workflow declared in C#. Its definition is the baseline that ships: published as version 1 at
/// the first start, after which the coordinator's designer edits publish newer versions.
/// </summary>
public interface ICodeWorkflow
{
    /// <summary>The stable definition id, e.g. <c>Huvudprocess</c>.</summary>
    string DefinitionId { get; }

    /// <summary>Builds the definition (a fresh object graph each call).</summary>
    WorkflowDefinition Build();
}
