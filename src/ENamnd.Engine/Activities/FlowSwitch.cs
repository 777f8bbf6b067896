using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Continues through the outcome named by the matching case(s), or <c>Default</c> when none matches.</summary>
[Activity("Elsa", "FlowSwitch", Category = "Flöde", DisplayName = "Växel", Description = "Går vidare via de fall vars villkor är sant, annars via Default.")]
public sealed class FlowSwitch : Activity
{
    /// <summary>The outcome taken when no case matches.</summary>
    public const string Default = "Default";

    /// <summary>The cases, in order.</summary>
    [Input(DisplayName = "Fall", UIHint = "flow-switch-editor")]
    public List<SwitchCase> Cases { get; set; } = [];

    /// <summary>First match only, or every match.</summary>
    [Input(DisplayName = "Läge", UIHint = "dropdown", Options = ["MatchFirst", "MatchAny"])]
    public Input<SwitchMode> Mode { get; set; } = new(SwitchMode.MatchFirst);

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var firstOnly = context.Get(Mode) == SwitchMode.MatchFirst;
        var matched = new List<string>();
        foreach (var @case in Cases)
        {
            if (!(bool)context.Evaluate(@case.Condition, typeof(bool))!) continue;
            matched.Add(@case.Label);
            if (firstOnly) break;
        }
        context.Complete(matched.Count > 0 ? [.. matched] : [Default]);
        return default;
    }
}
