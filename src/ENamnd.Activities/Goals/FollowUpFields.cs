using ENamnd.Activities.Tasks;

namespace ENamnd.Activities.Goals;

/// <summary>The further fields of a follow-up task besides the status and the comment.</summary>
public static class FollowUpFields
{
    /// <summary>The measured value (utfall).</summary>
    public const string Value = "value";

    /// <summary>The action plan (åtgärdsplan).</summary>
    public const string ActionPlan = "actionPlan";

    /// <summary>The fields of an item's task, the value pre-filled when the system computed one.</summary>
    public static IReadOnlyList<TaskField> For(FollowUpItem item) =>
    [
        new(Value, item.Unit is { Length: > 0 } unit ? $"Utfall ({unit})" : "Utfall", Value: item.Value),
        new(ActionPlan, "Åtgärdsplan", Multiline: true),
    ];
}
