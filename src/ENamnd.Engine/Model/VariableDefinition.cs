using System.Text.Json.Nodes;

namespace ENamnd.Engine.Model;

/// <summary>A workflow variable as Elsa declares it: id, name, type and initial value.</summary>
public sealed record VariableDefinition
{
    /// <summary>The variable id; outputs and expressions may refer to it.</summary>
    public string Id { get; init; } = "";

    /// <summary>The name scripts use.</summary>
    public required string Name { get; init; }

    /// <summary>The type alias, e.g. <c>String</c> or <c>Int32</c>.</summary>
    public string TypeName { get; init; } = "Object";

    /// <summary>Whether the variable holds a list.</summary>
    public bool IsArray { get; init; }

    /// <summary>The initial value (the designer sends it as text).</summary>
    public JsonNode? Value { get; init; }

    /// <summary>The designer's storage driver, kept verbatim.</summary>
    public string? StorageDriverTypeName { get; init; }
}
