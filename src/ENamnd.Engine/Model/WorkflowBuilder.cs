using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Model;

/// <summary>Declares a workflow in code; the result behaves exactly like the same workflow parsed from Elsa JSON.</summary>
public sealed class WorkflowBuilder(string definitionId, string name)
{
    private readonly List<VariableDefinition> variables = [];
    private readonly List<ArgumentDefinition> inputs = [];
    private readonly List<ArgumentDefinition> outputs = [];
    private string? description;
    private int version = 1;

    /// <summary>Says what the workflow is for.</summary>
    public WorkflowBuilder WithDescription(string text)
    {
        description = text;
        return this;
    }

    /// <summary>Sets the version number (default 1).</summary>
    public WorkflowBuilder WithVersion(int number)
    {
        version = number;
        return this;
    }

    /// <summary>Declares a variable with an initial value; its id is its name.</summary>
    public WorkflowBuilder WithVariable<T>(string variable, T? initialValue = default)
    {
        var type = typeof(T);
        var isArray = type != typeof(string) && TypeAliases.AliasOf(type).EndsWith("[]", StringComparison.Ordinal);
        var alias = TypeAliases.AliasOf(type);
        variables.Add(new VariableDefinition
        {
            Id = variable,
            Name = variable,
            TypeName = isArray ? alias[..^2] : alias,
            IsArray = isArray,
            Value = ValueConverter.ToNode(initialValue),
        });
        return this;
    }

    /// <summary>Declares a workflow input.</summary>
    public WorkflowBuilder WithInput<T>(string input, string? displayName = null)
    {
        inputs.Add(new ArgumentDefinition { Name = input, Type = TypeAliases.AliasOf(typeof(T)), DisplayName = displayName ?? input });
        return this;
    }

    /// <summary>Declares a workflow output, taken from the variable of the same name when the workflow finishes.</summary>
    public WorkflowBuilder WithOutput<T>(string output, string? displayName = null)
    {
        outputs.Add(new ArgumentDefinition { Name = output, Type = TypeAliases.AliasOf(typeof(T)), DisplayName = displayName ?? output });
        return this;
    }

    /// <summary>The published definition with <paramref name="root"/> as its root; ids and node ids are filled in.</summary>
    public WorkflowDefinition Build(Activity root)
    {
        if (string.IsNullOrEmpty(root.Id)) root.Id = "Root";
        NodeIds.Assign(root);
        return new WorkflowDefinition
        {
            Id = $"{definitionId}-v{version}",
            DefinitionId = definitionId,
            Name = name,
            Description = description,
            Version = version,
            IsLatest = true,
            IsPublished = true,
            Variables = [.. variables],
            Inputs = [.. inputs],
            Outputs = [.. outputs],
            Root = root,
        };
    }
}
