namespace ENamnd.Activities.Decisions;

/// <summary>
/// A committee decision (nämndbeslut), bifall or avslag, that came in force: it may be carried out (verkställas) from
/// <see cref="EffectiveOn"/>, the day the minutes were justerade, the meeting's day when the paragraph was declared
/// omedelbart justerad, or the day the secretary recorded it from checked minutes. Written with the step in which the
/// waiting workflow continues and the decision notice (expediering) goes out.
/// </summary>
public sealed record DecisionInForce
{
    /// <summary>The secretary's task that recorded the decision: one decision per task, so the key of the fact.</summary>
    public required string TaskId { get; init; }

    /// <summary>The instance that waited for the decision.</summary>
    public required string InstanceId { get; init; }

    /// <summary>The case number the matter belongs to, if any.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The matter's title on the agenda.</summary>
    public required string Matter { get; init; }

    /// <summary>The decision: <see cref="AwaitCommitteeDecision.Approved"/> or <see cref="AwaitCommitteeDecision.Rejected"/>.</summary>
    public required string Outcome { get; init; }

    /// <summary>The paragraph in the minutes, e.g. <c>§ 12</c>.</summary>
    public string? Paragraph { get; init; }

    /// <summary>The secretary's note, e.g. the decision's wording.</summary>
    public string? Comment { get; init; }

    /// <summary>The meeting's id, when recorded for a meeting.</summary>
    public string? MeetingId { get; init; }

    /// <summary>The meeting's day, when recorded for a meeting.</summary>
    public DateOnly? MeetingDate { get; init; }

    /// <summary>Whether the paragraph was declared omedelbart justerad.</summary>
    public bool Immediate { get; init; }

    /// <summary>The day the minutes were justerade, when they were.</summary>
    public DateOnly? JusteradOn { get; init; }

    /// <summary>The day from which the decision may be carried out.</summary>
    public required DateOnly EffectiveOn { get; init; }

    /// <summary>When the decision came in force (the step's time).</summary>
    public required DateTimeOffset InForceAt { get; init; }
}
