using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Runs <see cref="Body"/> again and again while the condition, evaluated before every round, is true. A literal true loops
/// until a <see cref="Break"/> in the body; a loop that never waits is stopped by the executor's work budget.
/// </summary>
[Activity("Elsa", "While", Category = "Loopar", DisplayName = "Så länge", Description = "Upprepar innehållet så länge villkoret är sant.")]
public sealed class While : Activity, ILoop
{
    /// <summary>Creates a loop with a false condition.</summary>
    public While() { }

    /// <summary>Creates a loop on <paramref name="condition"/> around <paramref name="body"/>.</summary>
    public While(Input<bool> condition, Activity? body = null)
    {
        Condition = condition;
        Body = body;
    }

    /// <summary>A loop that runs until a <see cref="Break"/> (Elsa's <c>While.True</c>).</summary>
    public static While True(Activity body) => new(new Input<bool>(true), body);

    /// <summary>The condition, evaluated before every round.</summary>
    [Input(DisplayName = "Villkor", UIHint = "singleline", DefaultSyntax = ExpressionTypes.JavaScript)]
    public Input<bool> Condition { get; set; } = new(false);

    /// <summary>The activity run every round.</summary>
    [Port(DisplayName = "Innehåll")]
    public Activity? Body { get; set; }

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        Iterate(context);
        return default;
    }

    /// <inheritdoc />
    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ChildCompletion child)
    {
        Iterate(context);
        return default;
    }

    private void Iterate(ActivityExecutionContext context)
    {
        if (context.IsBreaking() || Body is null || !context.Get(Condition))
        {
            context.Complete();
            return;
        }
        context.ScheduleChild(Body);
    }
}
