namespace ENamnd.Activities.Goals;

/// <summary>One goal or indicator in a <see cref="TertialReport"/>: what was asked and what its owner answered (status null: ej inrapporterat).</summary>
public sealed record TertialReportItem
{
    public required string Key { get; init; }
    public required string Goal { get; init; }
    public string? Indicator { get; init; }
    public string? Target { get; init; }
    public string? Unit { get; init; }
    public required string Owner { get; init; }

    /// <summary>Met, PartlyMet, NotMet, or null when not reported.</summary>
    public string? Status { get; init; }

    /// <summary>"Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt" or "Ej inrapporterat".</summary>
    public required string StatusLabel { get; init; }

    public string? Value { get; init; }
    public string? Comment { get; init; }
    public string? ActionPlan { get; init; }
    public string? AnsweredBy { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
}
