using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Activities;

/// <summary>Runs its activities one after another.</summary>
[Activity("Elsa", "Sequence", Category = "Flöde", DisplayName = "Sekvens", Description = "Kör aktiviteterna i tur och ordning.")]
public sealed class Sequence : Activity
{
    private const string IndexProperty = "index";

    /// <summary>Creates an empty sequence.</summary>
    public Sequence() => Activities = [];

    /// <summary>Creates a sequence of the given activities.</summary>
    public Sequence(params Activity[] activities) => Activities = [.. activities];

    /// <summary>The activities, in order.</summary>
    public List<Activity> Activities { get; set; }

    /// <inheritdoc />
    public override IEnumerable<Activity> Children => Activities;

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ScheduleAt(context, 0);
        return default;
    }

    /// <inheritdoc />
    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ChildCompletion child)
    {
        // As Elsa: a break below, or a terminal child (Break, End), ends the sequence here.
        if (context.IsBreaking() || ActivityTypeInfo.Of(child.Activity.GetType()).Attribute.IsTerminal)
        {
            context.Complete();
            return default;
        }
        ScheduleAt(context, context.GetProperty<int>(IndexProperty) + 1);
        return default;
    }

    /// <inheritdoc />
    protected internal override void ReadJson(ActivityJsonReader reader) => Activities = reader.ReadActivities("activities");

    /// <inheritdoc />
    protected internal override void WriteJson(ActivityJsonWriter writer) => writer.WriteActivities("activities", Activities);

    private void ScheduleAt(ActivityExecutionContext context, int index)
    {
        if (index >= Activities.Count) return;
        context.SetProperty(IndexProperty, index);
        context.ScheduleChild(Activities[index]);
    }
}
