using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Runs its branches at once and completes when all have completed (<see cref="ForkJoinMode.WaitAll"/>) or when the first
/// has, cancelling the others (<see cref="ForkJoinMode.WaitAny"/>). A <see cref="Break"/> in a branch completes it too.
/// </summary>
[Activity("Elsa", "Fork", Category = "Flöde", DisplayName = "Förgrena", Description = "Kör grenarna samtidigt och fortsätter när alla (eller den första) är klara.", IsBrowsable = false)]
public sealed class Fork : Activity
{
    /// <summary>Creates a fork with no branches.</summary>
    public Fork() { }

    /// <summary>Creates a fork of the given branches.</summary>
    public Fork(params Activity[] branches) => Branches = [.. branches];

    /// <summary>Wait for all branches or for the first.</summary>
    [Input(DisplayName = "Väntar på", Description = "Alla grenar (WaitAll) eller den första (WaitAny).", UIHint = "dropdown")]
    public ForkJoinMode JoinMode { get; set; } = ForkJoinMode.WaitAll;

    /// <summary>The branches.</summary>
    public List<Activity> Branches { get; set; } = [];

    /// <inheritdoc />
    public override IEnumerable<Activity> Children => Branches;

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        foreach (var branch in Branches) context.ScheduleChild(branch);
        return default;
    }

    /// <inheritdoc />
    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ChildCompletion child)
    {
        // Completing cancels the branches still running; with WaitAll the executor completes the fork after the last branch.
        if (JoinMode == ForkJoinMode.WaitAny || context.IsBreaking()) context.Complete();
        return default;
    }

    /// <inheritdoc />
    protected internal override void ReadJson(ActivityJsonReader reader) => Branches = reader.ReadActivities("branches");

    /// <inheritdoc />
    protected internal override void WriteJson(ActivityJsonWriter writer) => writer.WriteActivities("branches", Branches);
}
