namespace ENamnd.Engine.Model;

/// <summary>A declared workflow input or output (<c>{type, isArray, name, displayName, description, category}</c>).</summary>
public sealed record ArgumentDefinition
{
    /// <summary>The argument's type alias.</summary>
    public string Type { get; init; } = "Object";

    /// <summary>Whether the argument is a list.</summary>
    public bool IsArray { get; init; }

    /// <summary>The argument name.</summary>
    public required string Name { get; init; }

    /// <summary>The label shown in the designer.</summary>
    public string? DisplayName { get; init; }

    /// <summary>What the argument holds.</summary>
    public string? Description { get; init; }

    /// <summary>The group in the designer.</summary>
    public string? Category { get; init; }

    /// <summary>The designer's editor for an input.</summary>
    public string? UIHint { get; init; }

    /// <summary>The designer's storage driver for an input.</summary>
    public string? StorageDriverType { get; init; }
}
