using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Waits for a length of time.</summary>
[Activity("Elsa", "Delay", Category = "Tid", DisplayName = "Fördröjning", Description = "Väntar en viss tid innan flödet fortsätter.")]
public sealed class Delay : Activity
{
    /// <summary>Creates a delay of zero.</summary>
    public Delay() { }

    /// <summary>Creates a delay of <paramref name="timeSpan"/>.</summary>
    public Delay(Input<TimeSpan> timeSpan) => TimeSpan = timeSpan;

    /// <summary>How long to wait.</summary>
    [Input(DisplayName = "Tid", Description = "Till exempel 2.00:00:00 för två dygn.")]
    public Input<TimeSpan> TimeSpan { get; set; } = new(System.TimeSpan.Zero);

    /// <summary>The name of a delay's timer bookmark, <c>Elsa.Delay</c>.</summary>
    public static readonly BookmarkName BookmarkName = BookmarkName.Of<Delay>();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var span = context.Get(TimeSpan);
        if (span > System.TimeSpan.Zero) context.WaitUntil(BookmarkName, context.Now + span);
        return default;
    }
}
