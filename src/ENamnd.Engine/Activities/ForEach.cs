using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Runs <see cref="Body"/> once per item, one after another; the body sees the item as the variable <c>CurrentValue</c> and
/// its position as <c>CurrentIndex</c>, and <see cref="CurrentValue"/> (with its bound variable) holds the item. A
/// <see cref="Break"/> in the body ends the loop.
/// </summary>
[Activity("Elsa", "ForEach", Category = "Loopar", DisplayName = "För varje", Description = "Upprepar innehållet för varje värde i en samling, ett i taget.")]
public sealed class ForEach : Activity, ILoop
{
    private const string ItemsProperty = "items";
    private const string CurrentIndexProperty = "currentIndex";

    /// <summary>Creates a loop over no items.</summary>
    public ForEach() { }

    /// <summary>Creates a loop over <paramref name="items"/>.</summary>
    public ForEach(Input<ICollection<object>> items) => Items = items;

    /// <summary>The items.</summary>
    [Input(DisplayName = "Värden", Description = "Samlingen som gås igenom.", DefaultSyntax = ExpressionTypes.JavaScript)]
    public Input<ICollection<object>> Items { get; set; } = new(Array.Empty<object>());

    /// <summary>The activity run for every item.</summary>
    [Port(DisplayName = "Innehåll")]
    public Activity? Body { get; set; }

    /// <summary>The item of the current round; bind it to a variable to use it in the body.</summary>
    [Output(DisplayName = "Aktuellt värde", Description = "Värdet för det aktuella varvet; kan sparas i en variabel.")]
    public Output<object?> CurrentValue { get; set; } = new();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        // The items are kept in the loop's state, so a body that waits resumes the same list after a restart.
        context.Properties[ItemsProperty] = LoopItems.From(context.Get(Items));
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
        var items = context.Properties[ItemsProperty] as JsonArray ?? [];
        var index = context.GetProperty<int>(CurrentIndexProperty);
        if (context.IsBreaking() || index >= items.Count)
        {
            context.Complete();
            return;
        }
        var item = items[index];
        context.Set(CurrentValue, (object?)item);
        context.SetProperty(CurrentIndexProperty, index + 1);
        if (Body is null)
        {
            // As Elsa: without a body, the first item is taken and the loop ends.
            context.Complete();
            return;
        }
        context.ScheduleChild(Body, new JsonObject { ["CurrentIndex"] = index, ["CurrentValue"] = item?.DeepClone() });
    }
}
