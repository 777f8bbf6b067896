using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Runs <see cref="Body"/> once per number from <see cref="Start"/> to <see cref="End"/> in steps of <see cref="Step"/>; the body
/// sees the number as the variable <c>CurrentValue</c>. A <see cref="Break"/> in the body ends the loop.
/// </summary>
[Activity("Elsa", "For", Category = "Loopar", DisplayName = "För", Description = "Upprepar innehållet för varje tal från start till slut med ett visst steg.")]
public sealed class For : Activity, ILoop
{
    private const string CurrentStepProperty = "currentStep";
    private const string BoundsProperty = "bounds";

    /// <summary>Creates a loop from 0 to 0.</summary>
    public For() { }

    /// <summary>Creates a loop from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public For(int start, int end, int step = 1)
    {
        Start = new(start);
        End = new(end);
        Step = new(step);
    }

    /// <summary>The first number.</summary>
    [Input(DisplayName = "Start", Description = "Det första talet.")]
    public Input<int> Start { get; set; } = new(0);

    /// <summary>The last number (or the bound, see <see cref="OuterBoundInclusive"/>).</summary>
    [Input(DisplayName = "Slut", Description = "Det sista talet.")]
    public Input<int> End { get; set; } = new(0);

    /// <summary>How much the number changes per round; negative counts down.</summary>
    [Input(DisplayName = "Steg", Description = "Hur mycket talet ändras per varv; ett negativt steg räknar nedåt.")]
    public Input<int> Step { get; set; } = new(1);

    /// <summary>Whether the loop also runs for <see cref="End"/> itself (default true).</summary>
    [Input(DisplayName = "Ta med slutvärdet", Description = "Om loopen också körs för slutvärdet.", DefaultValue = true)]
    public Input<bool> OuterBoundInclusive { get; set; } = new(true);

    /// <summary>The activity run for every number.</summary>
    [Port(DisplayName = "Innehåll")]
    public Activity? Body { get; set; }

    /// <summary>The number of the current round.</summary>
    [Output(DisplayName = "Aktuellt värde")]
    public Output<object?> CurrentValue { get; set; } = new();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (Body is null) return default;
        // Evaluated once, as Elsa evaluates inputs when the activity starts; a body that changes a variable does not move the bounds.
        context.SetProperty(BoundsProperty, new ForBounds(context.Get(Start), context.Get(End), context.Get(Step), context.Get(OuterBoundInclusive)));
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
        var bounds = context.GetProperty<ForBounds>(BoundsProperty)!;
        var (end, step, inclusive) = (bounds.End, bounds.Step, bounds.Inclusive);
        // Long arithmetic: a step past int's range ends the loop instead of wrapping around.
        var current = context.GetProperty<long?>(CurrentStepProperty) is { } previous ? previous + step : bounds.Start;
        var loop = !context.IsBreaking() && (step >= 0
            ? inclusive ? current <= end : current < end
            : inclusive ? current >= end : current > end);
        if (!loop)
        {
            context.Complete();
            return;
        }
        context.SetProperty(CurrentStepProperty, current);
        context.Set(CurrentValue, (int)current);
        context.ScheduleChild(Body!, new JsonObject { ["CurrentValue"] = (int)current });
    }
}
