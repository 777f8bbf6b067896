using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Writes a line of text to the journal and the log.</summary>
[Activity("Elsa", "WriteLine", Category = "Primitiver", DisplayName = "Skriv rad", Description = "Skriver en rad text till journalen och loggen.")]
public sealed class WriteLine : Activity
{
    /// <summary>Creates an activity with no text yet.</summary>
    public WriteLine() { }

    /// <summary>Creates an activity that writes <paramref name="text"/>.</summary>
    public WriteLine(Input<string> text) => Text = text;

    /// <summary>The text.</summary>
    [Input(DisplayName = "Text", UIHint = "multiline")]
    public Input<string> Text { get; set; } = new("");

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Log(context.Get(Text) ?? "");
        return default;
    }
}
