using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Sets a workflow variable to the value of an expression.</summary>
[Activity("Elsa", "SetVariable", Category = "Primitiver", DisplayName = "Sätt variabel", Description = "Ger en variabel ett nytt värde.")]
public sealed class SetVariable : Activity
{
    /// <summary>Creates an activity that sets nothing yet.</summary>
    public SetVariable() { }

    /// <summary>Creates an activity that sets <paramref name="variable"/> to <paramref name="value"/>.</summary>
    public SetVariable(string variable, Input<object> value)
    {
        Variable = new JsonObject { ["name"] = variable };
        Value = value;
    }

    /// <summary>The variable: a reference <c>{id, name, …}</c> as the designer writes it, or its name.</summary>
    [Input(DisplayName = "Variabel", UIHint = "variable-picker")]
    public JsonNode? Variable { get; set; }

    /// <summary>The new value.</summary>
    [Input(DisplayName = "Värde", DefaultSyntax = ExpressionTypes.JavaScript)]
    public Input<object> Value { get; set; } = new((object?)null!);

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var reference = Variable switch
        {
            JsonObject obj => (string?)obj["id"] ?? (string?)obj["name"],
            JsonValue value => (string?)value,
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(reference)) throw new ActivityFaultException("Ingen variabel är vald.");
        context.SetVariable(reference, context.Get(Value));
        return default;
    }
}
