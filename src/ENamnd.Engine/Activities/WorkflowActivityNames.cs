using System.Text.Json;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Activities;

/// <summary>The names Elsa gives a workflow used as an activity: its type name, and its inputs' and outputs' names and JSON keys.</summary>
public static class WorkflowActivityNames
{
    // The properties of Elsa's WorkflowDefinitionActivity: an input or output of the same name gets a '_' prefix there.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Id", "NodeId", "Name", "Type", "Version", "CustomProperties", "SyntheticProperties", "Metadata", "Behaviors",
        "Variables", "ResultVariable", "Root", "WorkflowDefinitionId", "WorkflowDefinitionVersionId",
        "LatestAvailablePublishedVersion", "LatestAvailablePublishedVersionId",
    };

    /// <summary>The activity type name of a workflow: its name in PascalCase (its definition id when it has no name).</summary>
    public static string TypeNameOf(WorkflowDefinition definition) =>
        ElsaNames.Pascalize(string.IsNullOrWhiteSpace(definition.Name) ? definition.DefinitionId : definition.Name);

    /// <summary>The activity's name for a workflow input or output: the same, or prefixed with '_' when Elsa reserves it.</summary>
    public static string SafeName(string argument) => Reserved.Contains(argument) ? $"_{argument}" : argument;

    /// <summary>The node property that holds an input or output: the camelCased safe name.</summary>
    public static string JsonKey(string argument) => JsonNamingPolicy.CamelCase.ConvertName(SafeName(argument));

    /// <summary>The value type of a declared input or output.</summary>
    public static Type ValueType(ArgumentDefinition argument)
    {
        var type = TypeAliases.TypeOf(argument.Type);
        return argument.IsArray && !type.IsArray ? type.MakeArrayType() : type;
    }
}
