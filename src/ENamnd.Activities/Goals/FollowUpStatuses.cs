using ENamnd.Activities.Tasks;

namespace ENamnd.Activities.Goals;

/// <summary>The answers to a goal follow-up: met (uppfyllt), partly met (delvis uppfyllt), not met (ej uppfyllt).</summary>
public static class FollowUpStatuses
{
    /// <summary>The goal is met.</summary>
    public const string Met = "Met";

    /// <summary>The goal is partly met.</summary>
    public const string PartlyMet = "PartlyMet";

    /// <summary>The goal is not met.</summary>
    public const string NotMet = "NotMet";

    /// <summary>The choices offered, with their Swedish labels.</summary>
    public static IReadOnlyList<TaskChoice> Choices { get; } =
        [new(Met, "Uppfyllt"), new(PartlyMet, "Delvis uppfyllt"), new(NotMet, "Ej uppfyllt")];

    /// <summary>The Swedish label of a status, or the status itself when unknown.</summary>
    public static string Label(string? status) => TaskChoices.Match(Choices, status)?.Label ?? status ?? "";
}
