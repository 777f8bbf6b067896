using ENamnd.Engine.Model;

namespace ENamnd.Engine.Activities;

/// <summary>
/// One case of <see cref="Switch"/> (Elsa's <c>SwitchCase</c>): a label, the condition that selects it and the activity it runs.
/// In the JSON: <c>{"label", "condition": {type, value}, "activity": {…}}</c>.
/// </summary>
public sealed class SwitchBranch
{
    /// <summary>Creates an empty case that never matches.</summary>
    public SwitchBranch() { }

    /// <summary>Creates a case.</summary>
    public SwitchBranch(string label, Expression condition, Activity? activity)
    {
        Label = label;
        Condition = condition;
        Activity = activity;
    }

    /// <summary>The case's label.</summary>
    public string Label { get; set; } = "";

    /// <summary>The condition; the case matches when it is true.</summary>
    public Expression Condition { get; set; } = Expression.Literal(false);

    /// <summary>The activity run when the case matches; none means the case only stops the search.</summary>
    public Activity? Activity { get; set; }
}
