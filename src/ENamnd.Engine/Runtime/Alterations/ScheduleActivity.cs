namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>
/// Runs an activity (again) (Elsa's <c>ScheduleActivity</c>, which Elsa's retry uses): a faulted execution, chosen by its
/// execution id or by activity id, runs again where it failed; otherwise a new execution of the activity runs in its
/// nearest live parent.
/// </summary>
public sealed record ScheduleActivity(string? ActivityId, string? ActivityInstanceId) : Alteration
{
    /// <inheritdoc />
    public override string Type => nameof(ScheduleActivity);
}
