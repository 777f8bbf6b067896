using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Faults the workflow with a message.</summary>
[Activity("Elsa", "Fault", Category = "Flöde", DisplayName = "Fel", Description = "Stoppar arbetsflödet med ett felmeddelande.", IsTerminal = true)]
public sealed class Fault : Activity
{
    /// <summary>The error message.</summary>
    [Input(DisplayName = "Meddelande", Description = "Felmeddelandet som visas för samordnaren.")]
    public Input<string> Message { get; set; } = new("Arbetsflödet stoppades av en felaktivitet.");

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        throw new ActivityFaultException(context.Get(Message) ?? "Arbetsflödet stoppades av en felaktivitet.");
}
