namespace ENamnd.Engine.Model;

/// <summary>Designer metadata of an activity class: its type name, version and place in the toolbox.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string @namespace, string name) : Attribute
{
    /// <summary>The type name's namespace, e.g. <c>Elsa</c> or <c>ENamnd</c>.</summary>
    public string Namespace { get; } = @namespace;

    /// <summary>The short name; the type name is <c>Namespace.Name</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The activity version; a changed contract gets a new version.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The toolbox category; the text before the first '/' labels the group.</summary>
    public string Category { get; init; } = "Övrigt";

    /// <summary>The name shown in the designer.</summary>
    public string? DisplayName { get; init; }

    /// <summary>What the activity does, shown in the designer.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the activity is an action, a trigger, a job or a task.</summary>
    public ActivityKind Kind { get; init; } = ActivityKind.Action;

    /// <summary>Whether the activity starts a flow (it has no inbound port).</summary>
    public bool IsStart { get; init; }

    /// <summary>Whether the activity ends a flow (it has no outbound port).</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Whether the toolbox lists the activity.</summary>
    public bool IsBrowsable { get; init; } = true;

    /// <summary>Type names the activity was stored under before (e.g. <c>Elsa.Decision</c>); reading one gives this activity.</summary>
    public string[] FormerTypeNames { get; init; } = [];
}
