using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Continues when an interval has passed.</summary>
[Activity("Elsa", "Timer", Category = "Tid", DisplayName = "Timer", Description = "Fortsätter när intervallet har gått.", Kind = ActivityKind.Trigger)]
public sealed class Timer : Activity
{
    /// <summary>The interval.</summary>
    [Input(DisplayName = "Intervall", Description = "Till exempel 7.00:00:00 för en vecka.")]
    public Input<TimeSpan> Interval { get; set; } = new(TimeSpan.FromMinutes(1));

    /// <summary>The name of the timer bookmark, <c>Elsa.Timer</c>.</summary>
    public static readonly BookmarkName BookmarkName = BookmarkName.Of<Timer>();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var interval = context.Get(Interval);
        if (interval <= TimeSpan.Zero) throw new ActivityFaultException("Timerns intervall måste vara större än noll.");
        context.WaitUntil(BookmarkName, context.Now + interval);
        return default;
    }
}
