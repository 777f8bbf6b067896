using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Continues at a given moment; a moment in the past continues at once.</summary>
[Activity("Elsa", "StartAt", Category = "Tid", DisplayName = "Vid tidpunkt", Description = "Fortsätter vid en viss tidpunkt.", Kind = ActivityKind.Trigger)]
public sealed class StartAt : Activity
{
    /// <summary>When to continue.</summary>
    [Input(DisplayName = "Tidpunkt", UIHint = "datetime-picker")]
    public Input<DateTimeOffset> DateTime { get; set; } = new(DateTimeOffset.MinValue);

    /// <summary>The name of the timer bookmark, <c>Elsa.StartAt</c>.</summary>
    public static readonly BookmarkName BookmarkName = BookmarkName.Of<StartAt>();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var at = context.Get(DateTime);
        if (at > context.Now) context.WaitUntil(BookmarkName, at);
        return default;
    }
}
