using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Runs <see cref="Body"/> for every item at once, each run with its own <c>CurrentValue</c> and <c>CurrentIndex</c>
/// variables, and completes when every run has completed.
/// </summary>
[Activity("Elsa", "ParallelForEach", Category = "Loopar", DisplayName = "För varje parallellt", Description = "Kör innehållet för alla värden samtidigt och fortsätter när alla är klara.")]
public sealed class ParallelForEach : Activity
{
    /// <summary>Creates a loop over no items.</summary>
    public ParallelForEach() { }

    /// <summary>Creates a loop over <paramref name="items"/>.</summary>
    public ParallelForEach(Input<object> items) => Items = items;

    /// <summary>The items.</summary>
    [Input(DisplayName = "Värden", Description = "Samlingen vars värden körs samtidigt.", DefaultSyntax = ExpressionTypes.JavaScript)]
    public Input<object> Items { get; set; } = new(Array.Empty<object>());

    /// <summary>The activity run for every item.</summary>
    [Port(DisplayName = "Innehåll")]
    public Activity? Body { get; set; }

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var items = LoopItems.From(context.Get(Items));
        if (Body is null) return default;
        // Every run is a child of its own; the executor completes this activity when the last of them has completed.
        for (var index = 0; index < items.Count; index++)
            context.ScheduleChild(Body, new JsonObject { ["CurrentValue"] = items[index]?.DeepClone(), ["CurrentIndex"] = index });
        return default;
    }
}
