using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>Sets a workflow variable, by id or name, to a value (Elsa's <c>ModifyVariable</c>).</summary>
public sealed record ModifyVariable(string VariableId, JsonNode? Value) : Alteration
{
    /// <inheritdoc />
    public override string Type => nameof(ModifyVariable);
}
