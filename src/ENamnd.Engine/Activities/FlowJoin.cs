using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Merges parallel branches of a flowchart; the flowchart decides when it runs (see <see cref="JoinMode"/>).</summary>
[Activity("Elsa", "FlowJoin", Category = "Flöde", DisplayName = "Sammanfoga", Description = "Väntar in parallella grenar: alla aktiverade (WaitAll) eller den första (WaitAny).")]
public sealed class FlowJoin : Activity
{
    /// <summary>Wait for all activated branches or for the first.</summary>
    [Input(DisplayName = "Läge", UIHint = "dropdown", Options = ["WaitAll", "WaitAllActive", "WaitAny"])]
    public Input<JoinMode> Mode { get; set; } = new(JoinMode.WaitAll);

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) => default;
}
