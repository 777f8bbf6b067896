using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Runs the activity of the first matching case (or of every matching case), or <see cref="Default"/> when none matches,
/// and completes when what it ran has completed.
/// </summary>
[Activity("Elsa", "Switch", Category = "Förgrening", DisplayName = "Växla", Description = "Kör aktiviteten för det första (eller varje) fall vars villkor är sant, annars standardaktiviteten.")]
public sealed class Switch : Activity
{
    /// <summary>The cases, in order.</summary>
    [Input(DisplayName = "Fall", Description = "Fallen som prövas.", UIHint = "switch-editor")]
    public List<SwitchBranch> Cases { get; set; } = [];

    /// <summary>First match only, or every match.</summary>
    [Input(DisplayName = "Läge", Description = "Om bara det första matchande fallet körs eller alla.", UIHint = "dropdown")]
    public Input<SwitchMode> Mode { get; set; } = new(SwitchMode.MatchFirst);

    /// <summary>The activity run when no case matches.</summary>
    [Port(DisplayName = "Standard")]
    public Activity? Default { get; set; }

    /// <inheritdoc />
    public override IEnumerable<Activity> Children => Cases.Select(c => c.Activity).OfType<Activity>().Concat(base.Children);

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        // As Elsa, every condition is evaluated, even when only the first match runs.
        var matching = Cases.Where(c => context.Evaluate(c.Condition, typeof(bool?)) is true).ToList();
        if (matching.Count == 0)
        {
            if (Default is not null) context.ScheduleChild(Default);
            return default;
        }
        var selected = context.Get(Mode) == SwitchMode.MatchFirst ? matching.Take(1) : matching;
        foreach (var activity in selected.Select(c => c.Activity).OfType<Activity>())
            context.ScheduleChild(activity);
        return default;
    }

    /// <inheritdoc />
    protected internal override void ReadJson(ActivityJsonReader reader)
    {
        Cases = [];
        if (reader.Take("cases") is not JsonArray cases) return;
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i] is not JsonObject json)
            {
                reader.AddError($"cases[{i}]", "ett fall måste vara ett JSON-objekt.");
                continue;
            }
            var condition = json["condition"] is JsonObject expression
                ? new Expression((string?)expression["type"] ?? ExpressionTypes.Literal, expression["value"]?.DeepClone())
                : Expression.Literal(false);
            Cases.Add(new SwitchBranch((string?)json["label"] ?? "", condition, reader.ReadActivity(json["activity"], $"cases[{i}].activity")));
        }
    }

    /// <inheritdoc />
    protected internal override void WriteJson(ActivityJsonWriter writer) =>
        writer.Json["cases"] = new JsonArray([.. Cases.Select(c => (JsonNode)new JsonObject
        {
            ["label"] = c.Label,
            ["condition"] = new JsonObject { ["type"] = c.Condition.Type, ["value"] = c.Condition.Value?.DeepClone() },
            ["activity"] = c.Activity is null ? null : writer.WriteActivity(c.Activity),
        })]);
}
