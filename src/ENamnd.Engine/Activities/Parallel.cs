using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Activities;

/// <summary>Runs its activities at once and completes when all have completed.</summary>
[Activity("Elsa", "Parallel", Category = "Flöde", DisplayName = "Parallellt", Description = "Kör aktiviteterna samtidigt och fortsätter när alla är klara.", IsBrowsable = false)]
public sealed class Parallel : Activity
{
    /// <summary>Creates an empty parallel.</summary>
    public Parallel() => Activities = [];

    /// <summary>Creates a parallel of the given activities.</summary>
    public Parallel(params Activity[] activities) => Activities = [.. activities];

    /// <summary>The activities.</summary>
    public List<Activity> Activities { get; set; }

    /// <inheritdoc />
    public override IEnumerable<Activity> Children => Activities;

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        // The executor completes this activity when the last of them has completed.
        foreach (var activity in Activities) context.ScheduleChild(activity);
        return default;
    }

    /// <inheritdoc />
    protected internal override void ReadJson(ActivityJsonReader reader) => Activities = reader.ReadActivities("activities");

    /// <inheritdoc />
    protected internal override void WriteJson(ActivityJsonWriter writer) => writer.WriteActivities("activities", Activities);
}
