namespace ENamnd.Activities.Goals;

/// <summary>
/// One goal (mål) or indicator (indikator) to follow up: who answers, what the target is, and a value
/// the system pre-filled from its own data (the owner may change it).
/// </summary>
public sealed record FollowUpItem
{
    /// <summary>A key unique within the follow-up, e.g. <c>M4</c> or <c>G1/I1</c>.</summary>
    public required string Key { get; init; }

    /// <summary>A short Swedish title of what is followed up (the goal, or the indicator of a goal with several).</summary>
    public required string Title { get; init; }

    /// <summary>The goal's text.</summary>
    public required string Goal { get; init; }

    /// <summary>The indicator's text, when the item is an indicator of the goal.</summary>
    public string? Indicator { get; init; }

    /// <summary>Who answers: an address or a role, e.g. <c>roll:samordnare</c>.</summary>
    public required string Owner { get; init; }

    /// <summary>The target, e.g. <c>4</c>.</summary>
    public string? Target { get; init; }

    /// <summary>The unit of the target, e.g. <c>antal</c> or <c>%</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>The pre-filled value, if the system computed one.</summary>
    public string? Value { get; init; }

    /// <summary>How the pre-filled value was computed, in Swedish.</summary>
    public string? ValueNote { get; init; }
}
