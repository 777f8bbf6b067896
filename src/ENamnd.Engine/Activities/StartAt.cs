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

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var at = context.Get(DateTime);
        if (at > context.Now) context.WaitUntil(Type, at);
        return default;
    }
}
