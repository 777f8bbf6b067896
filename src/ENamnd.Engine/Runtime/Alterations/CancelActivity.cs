namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>
/// Cancels the live executions of one activity (Elsa's <c>CancelActivity</c>), chosen by execution id or by activity id;
/// the activity's parent then goes on as if it had ended without an outcome.
/// </summary>
public sealed record CancelActivity(string? ActivityId, string? ActivityInstanceId) : Alteration
{
    /// <inheritdoc />
    public override string Type => nameof(CancelActivity);
}
