using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

/// <summary>A test activity with an output: greets a name.</summary>
[Activity("Test", "Greet", Category = "Test")]
public sealed class Greet : Activity
{
    /// <summary>Who to greet.</summary>
    public Input<string> Person { get; set; } = new("");

    /// <summary>The greeting.</summary>
    public Output<string> Greeting { get; set; } = new();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Set(Greeting, $"Hej {context.Get(Person)}!");
        return default;
    }
}
