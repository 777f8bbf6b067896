using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Runs <see cref="Then"/> when the condition is true, otherwise <see cref="Else"/>, and completes when that branch has.</summary>
[Activity("Elsa", "If", Category = "Förgrening", DisplayName = "Om", Description = "Kör Då-grenen om villkoret är sant, annars Annars-grenen.")]
public sealed class If : Activity
{
    /// <summary>Creates an if with a false condition and no branches.</summary>
    public If() { }

    /// <summary>Creates an if on <paramref name="condition"/>.</summary>
    public If(Input<bool> condition) => Condition = condition;

    /// <summary>The condition.</summary>
    [Input(DisplayName = "Villkor", UIHint = "singleline", DefaultSyntax = ExpressionTypes.JavaScript)]
    public Input<bool> Condition { get; set; } = new(false);

    /// <summary>The activity run when the condition is true.</summary>
    [Port(DisplayName = "Då")]
    public Activity? Then { get; set; }

    /// <summary>The activity run when the condition is false.</summary>
    [Port(DisplayName = "Annars")]
    public Activity? Else { get; set; }

    /// <summary>The condition's value (Elsa's <c>Result</c>).</summary>
    [Output(DisplayName = "Resultat")]
    public Output<bool> Result { get; set; } = new();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var result = context.Get(Condition);
        context.Set(Result, result);
        if ((result ? Then : Else) is { } branch) context.ScheduleChild(branch);
        return default;
    }
}
