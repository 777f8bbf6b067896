using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Activities;

/// <summary>
/// A flowchart node that runs the activity in its <see cref="Body"/> and then continues through <c>Done</c>; without a
/// body it passes straight through (Elsa's <c>Elsa.FlowNode</c>, shown as "Container").
/// </summary>
[Activity("Elsa", "FlowNode", Category = "Flöde", DisplayName = "Behållare", Description = "Kör aktiviteten i behållaren och går sedan vidare; en tom behållare går direkt vidare.")]
public sealed class FlowNode : Activity
{
    /// <summary>The activity to run, if any.</summary>
    public Activity? Body { get; set; }

    /// <inheritdoc />
    public override IEnumerable<Activity> Children => Body is null ? [] : [Body];

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (Body is not null) context.ScheduleChild(Body);
        return default;
    }

    /// <inheritdoc />
    protected internal override void ReadJson(ActivityJsonReader reader) => Body = reader.ReadActivity("body");

    /// <inheritdoc />
    protected internal override void WriteJson(ActivityJsonWriter writer) => writer.WriteActivity("body", Body);
}
